import { defineDetector } from '../detector.ts';
import { spansOf } from '../text/regex.ts';

const SELLING =
  /(?<![\p{L}])(?:buy\s+now|shop\s+now|order\s+(?:now|today)|limited[\s-]+time\s+offer|limited\s+offer|sale\s+ends|while\s+stocks\s+last|free\s+(?:delivery|shipping|p&p)|(?:discount|promo|voucher|coupon|referral)\s+code|use\s+(?:my\s+|the\s+)?code\s+[A-Z0-9]{3,}|\d{1,2}\s?%\s+off|£\d+\s+off|affiliate\s+link|dm\s+(?:me\s+|us\s+)?to\s+(?:order|buy|book)|link\s+in\s+bio\s+to\s+(?:buy|shop|order)|click\s+(?:here\s+)?to\s+(?:buy|shop)|cheapest\s+prices?|best\s+prices?\s+guaranteed|#ad|#advert|#sponsored|#spon|#affiliate|#gifted)(?![\p{L}\p{N}])/giu;

export default defineDetector({
  id: 'commercial',
  summary: 'Selling and promotion: "buy now", discount and promo codes, "20% off", "#ad", affiliate links',
  find(scan) {
    return spansOf(SELLING, scan.text);
  },
});
