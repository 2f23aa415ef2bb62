// The little of piexifjs 1.0.6 (no types of its own) that the tests use to write GPS EXIF.
declare module 'piexifjs' {
  type Rational = [number, number];
  interface ExifObject {
    '0th'?: Record<number, unknown>;
    Exif?: Record<number, unknown>;
    GPS?: Record<number, unknown>;
  }
  const piexif: {
    ImageIFD: Record<string, number>;
    GPSIFD: Record<string, number>;
    GPSHelper: { degToDmsRational(deg: number): [Rational, Rational, Rational] };
    dump(exif: ExifObject): string;
    insert(exif: string, jpeg: string): string;
    load(jpeg: string): ExifObject;
  };
  export default piexif;
}
