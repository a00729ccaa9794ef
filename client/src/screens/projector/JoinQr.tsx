import { useEffect, useState } from 'react'
import QRCode from 'qrcode'

/**
 * A QR code for `url`, drawn to a data: URL (the CSP allows `img-src data:`; no canvas, so it
 * scales crisply). High contrast, a proper quiet zone, and error correction M: scanned from a
 * phone across a room, off a projector that washes colours out.
 */
export function JoinQr({ url, label }: { url: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null)

  useEffect(() => {
    let cancelled = false
    QRCode.toDataURL(url, {
      errorCorrectionLevel: 'M',
      margin: 2,
      width: 640,
      color: { dark: '#000000', light: '#ffffff' },
    }).then(
      (data) => !cancelled && setSrc(data),
      () => !cancelled && setSrc(null),
    )
    return () => {
      cancelled = true
    }
  }, [url])

  if (!src) return <div className="projector-qr projector-qr-pending" aria-hidden="true" />
  return <img className="projector-qr" src={src} alt={label} data-testid="join-qr" />
}
