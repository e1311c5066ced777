/** The longer side a photo is sent at: enough to read a label on a crushed box, small on a slow line. */
const LONGEST_SIDE = 1600;

/**
 * A photo from the camera or the gallery, made small enough to send from the road: decoded
 * (turned upright by its EXIF orientation), scaled to at most 1600 pixels on its longer side
 * and encoded again as JPEG. What is sent holds pixels only: the phone's position and other
 * metadata stay on the phone. Rejects for a file the browser cannot decode.
 */
export async function shrink(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, LONGEST_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('not encoded'))), 'image/jpeg', 0.85),
  );
}
