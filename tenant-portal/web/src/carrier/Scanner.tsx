import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IScannerControls } from '@zxing/browser';

/** The browser's own detector, where it has one (Chrome on Android, Safari 17+). */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
declare const BarcodeDetector: { new (options: { formats: string[] }): BarcodeDetectorLike } | undefined;

/**
 * Reads a QR code with the camera: the browser's BarcodeDetector where it exists, ZXing
 * otherwise (loaded only when needed: most of a carrier's day is typing nothing). The
 * typed code beside it stays the last resort.
 */
export function Scanner({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let stopped = false;
    let controls: IScannerControls | undefined;
    let stream: MediaStream | undefined;
    const element = video.current!;
    void (async () => {
      try {
        if (typeof BarcodeDetector !== 'undefined') {
          stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
          element.srcObject = stream;
          await element.play();
          const detector = new BarcodeDetector({ formats: ['qr_code'] });
          while (!stopped) {
            const [found] = await detector.detect(element);
            if (found) {
              onCode(found.rawValue);
              return;
            }
            await new Promise((resolve) => setTimeout(resolve, 200));
          }
        } else {
          const { BrowserQRCodeReader } = await import('@zxing/browser');
          controls = await new BrowserQRCodeReader().decodeFromConstraints(
            { video: { facingMode: 'environment' } },
            element,
            (result) => {
              if (result && !stopped) {
                stopped = true;
                controls?.stop();
                onCode(result.getText());
              }
            },
          );
        }
      } catch {
        if (!stopped) setFailed(true);
      }
    })();
    return () => {
      stopped = true;
      controls?.stop();
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [onCode]);

  return (
    <div className="scanner">
      {failed ? <p role="alert">{t('carrier.cameraFailed')}</p> : <video ref={video} muted playsInline aria-label={t('carrier.camera')} />}
      <button type="button" className="secondary" onClick={onClose}>
        {t('carrier.closeCamera')}
      </button>
    </div>
  );
}
