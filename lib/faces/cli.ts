// STUB: the face-detection issue implements `npm run policy -- faces <image>... [--json]`.
export async function runFacesCommand(_args: string[]): Promise<number> {
  console.error('faces: face detection is not built yet');
  return 2;
}
