// Downloads and the PNG rendering of an exported SVG. Kept in JS because it is
// a handful of browser calls (Blob, object URL, Image, canvas) that Rust would
// only wrap one by one.

export function download_text(name, mime, text) {
  download_blob(name, new Blob([text], { type: mime }));
}

export function download_bytes(name, mime, bytes) {
  download_blob(name, new Blob([bytes], { type: mime }));
}

export function download_blob(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// Draw `svg` (width × height CSS pixels) on a canvas at `scale` and download it as PNG.
export function download_png(name, svg, width, height, scale) {
  return new Promise((resolve, reject) => {
    const img = new Image();
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const ctx = canvas.getContext('2d');
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => {
        if (!blob) { reject(new Error('canvas.toBlob gave nothing')); return; }
        download_blob(name, blob);
        resolve();
      }, 'image/png');
    };
    img.onerror = () => { URL.revokeObjectURL(url); reject(new Error('the SVG could not be drawn')); };
    img.src = url;
  });
}

export function copy_text(text) {
  if (navigator.clipboard && navigator.clipboard.writeText) {
    return navigator.clipboard.writeText(text).then(() => true, () => false);
  }
  return Promise.resolve(false);
}
