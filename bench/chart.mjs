// Writes the bench's latency chart: one cumulative distribution per series on a
// logarithmic time axis, so sub-millisecond floors and 50 ms cold reads fit one
// picture. Plain SVG, no dependencies.

const WIDTH = 760;
const HEIGHT = 380;
const PAD = { left: 56, right: 20, top: 36, bottom: 48 };
const COLOURS = ["#4e79a7", "#59a14f", "#e15759", "#f28e2b", "#b07aa1", "#76b7b2"];

const xml = (text) =>
  String(text).replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c],
  );

/**
 * Renders cumulative latency distributions as an SVG document.
 * @param {{ title: string, series: { label: string, latencies: number[] }[] }} chart
 *   latencies in milliseconds, any order
 * @returns {string}
 */
export function latencyChart({ title, series }) {
  const all = series.flatMap((s) => s.latencies).filter((v) => v > 0);
  const lo = 10 ** Math.floor(Math.log10(Math.min(...all)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...all)));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (ms) =>
    PAD.left + ((Math.log10(Math.max(ms, lo)) - Math.log10(lo)) / Math.log10(hi / lo)) * plotW;
  const y = (fraction) => PAD.top + (1 - fraction) * plotH;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<title>${xml(title)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${WIDTH / 2}" y="20" text-anchor="middle" font-size="14">${xml(title)}</text>`,
  ];
  for (let decade = lo; decade <= hi; decade *= 10) {
    for (const step of [1, 2, 5]) {
      const ms = decade * step;
      if (ms > hi) break;
      const major = step === 1;
      parts.push(
        `<line x1="${x(ms)}" x2="${x(ms)}" y1="${y(0)}" y2="${y(1)}" stroke="${major ? "#ccc" : "#eee"}"/>`,
        `<text x="${x(ms)}" y="${y(0) + 16}" text-anchor="middle" fill="#444">${ms >= 1 ? ms : ms.toFixed(-Math.log10(decade))}</text>`,
      );
    }
  }
  for (const fraction of [0, 0.25, 0.5, 0.75, 0.9, 0.99]) {
    parts.push(
      `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(fraction)}" y2="${y(fraction)}" stroke="#eee"/>`,
      `<text x="${PAD.left - 6}" y="${y(fraction) + 4}" text-anchor="end" fill="#444">${Math.round(fraction * 100)}%</text>`,
    );
  }
  parts.push(
    `<text x="${PAD.left + plotW / 2}" y="${HEIGHT - 10}" text-anchor="middle">latency (ms, log scale)</text>`,
    `<text transform="translate(14 ${PAD.top + plotH / 2}) rotate(-90)" text-anchor="middle">requests answered</text>`,
  );
  // The legend sits bottom right, where distributions rising to the right leave room.
  const legendX = WIDTH - PAD.right - 250;
  const legendY = y(0) - 10 - (series.length - 1) * 18 - 8;
  series.forEach(({ label, latencies }, i) => {
    const sorted = [...latencies].sort((a, b) => a - b);
    // At most ~400 points per line: every n-th sample of the sorted latencies.
    const step = Math.max(1, Math.floor(sorted.length / 400));
    const points = [];
    for (let k = 0; k < sorted.length; k += step) points.push([sorted[k], (k + 1) / sorted.length]);
    points.push([sorted.at(-1), 1]);
    const colour = COLOURS[i % COLOURS.length];
    parts.push(
      `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.map(([ms, f]) => `${x(ms).toFixed(1)},${y(f).toFixed(1)}`).join(" ")}"/>`,
      `<rect x="${legendX}" y="${legendY + i * 18 - 6}" width="14" height="4" fill="${colour}"/>`,
      `<text x="${legendX + 20}" y="${legendY + i * 18}">${xml(label)}</text>`,
    );
  });
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}
