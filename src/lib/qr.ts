// A QR code of a full address, as an inline SVG made at build time (no script in the page):
// a phone's camera opens the page from the paper. Uses the `qrcode` library.
import QRCode from 'qrcode';

/** An SVG QR code of `text`, with its own name for screen readers, `size` wide and high (CSS length). */
export async function qrSvg(text: string, label: string, size = '28mm'): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  const safe = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${safe}" width="${size}" height="${size}" class="qr" `).trim();
}
