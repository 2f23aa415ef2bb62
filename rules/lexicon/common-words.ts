// Common English words, for splitting run-together hashtags (#supportlocalbusiness →
// support local business). A hashtag that is one of these words, or cannot be split into
// them, is left alone; the list only has to cover the words public bodies put in hashtags.
export const COMMON_WORDS = `a about above access act action active activity adult advice after again against age
agency air alert all allotment alone along also always am ambulance an and animal animals annual another answer
anti any app appeal apply april are area areas arms army around art arts as ask at attack august autumn award
awards away awareness baby back bad bag bank be beach beat because bed been before begin behind being best better
between big bike bikes bin bins bird birds birthday black blood blue board boat body book books born both box boy
boys brain break breakfast bridge bright bring british budget build building bus business busy but buy by cafe
call calm camp can cancer car care career carers cars case cat cause centre change charity check child children
choice christmas church city civic clean clear climate close club coast code cold college come coming community
companies company complete concert consultation contact cook cool cost council count country county court cover
craft crime crisis cross cup cut cycle cycling cyber daily dance dark data date day days dead deaf dear december
deliver dementia design dig digital dinner direct disability district do doctor does dog dogs domestic done door
down drink drive driver drivers driving drug drugs dry during each early earth east easter easy eat eco economy
education eight election elections electric else emergency end energy engage enjoy enough enter environment equal
equality even evening event events ever every everyone exam extra eye face fact fair fall family fan fans far farm
fast father fear february feel festival few field fight fill film find fine fire first fish fit five fix flood
floods flower flowers fly follow food football for force forest forward four fraud free friday friend friends from
front fuel full fun fund future game games garden gas get gift girl girls give go goal goes gold golf good got
government great green grow growth guide gym hair half hall hand happy hard harm hate have he head health healthy
hear heart heat help her here heritage hero heroes high hill his history hold holiday holidays home homes hope
horse hospital hot hour house housing how human hunger i ice idea if in inclusion info inside into is island it its
job jobs join joy july june just keep kids kind king know knife lake land language last late law learn leave left
leisure less let library life light like line link lion list listen little live lives living local lock london
lonely long look lose lost lot love low made main make man many map march market match may me meet meeting men
mental message mind minute miss missing mobile money month months more morning most mother move much museum music
must my name nature near need needs neighbour neighbours net network never new news next night nine no north not
nothing november now nurse nurses of off office officer officers oil old on once one online only open or orange
other our out outdoor outside over own page paint park parking part party pass past path patient pay peace people
pet pets phone photo pick picnic place plan planet planning plant plastic play player please plus police pool poor
post power pride prize project proud public pupils put quick quiet race rain read ready real recycle recycling red
remember rescue reset rest results ride right ring rise risk river road roads rock room rose rules run running
safe safer safety sale save say scam scams school schools science sea season second secure see self sell send
september service services set seven share she shop shopping short should show sign simple six skills sky sleep
slow small smart smoke snow so social some son space speak special speed sport sports spot spring staff stage stand
star stars start stay step stop store storm story street strong student students study summer sun sunday support
sure swim table take talk tax tea team teams tech ten test thank thanks that the their them then there these they
thing things think this those three through thursday time tip tips to today together too top tour town traffic
train training travel tree trees trip true trust try tuesday turn two under united up us use van veterans view
village violence visit voice volunteer volunteers vote voter voters walk walking want war warm was waste watch
water way we wear weather wednesday week weekend weekly welcome well wellbeing west what when where which white
who why wild wildlife will win wind winter with without woman women wood work workers working world year years
yellow yes you young your youth zero neighbourhood neighborhood environmental sustainability sustainable
regeneration remembrance christmastime halloween bonfire fireworks pantomime volunteering consultation wellbeing
accessibility apprenticeship apprenticeships scholarship graduation fundraising fundraiser celebration
celebrations partnership partnerships investigation investigations opportunity opportunities together awareness
understanding homelessness householders togetherness broadcasting outstanding playground playgrounds neighbourhoods
anniversary championship championships refurbishment independence government parliament tidy litter clean green
summertime wintertime springtime weekend weekends afternoon tonight tomorrow yesterday everybody everyone somewhere`
  .split(/\s+/)
  .filter(Boolean);
