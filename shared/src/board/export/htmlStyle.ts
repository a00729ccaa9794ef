import { cssString } from './escape'

// The report's style sheet: A4 print first (Chromium turns it into the PDF), and a readable
// page on screen. Only system fonts, so the document needs nothing from the network.

const FONT =
  '"Source Sans 3", "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif'

/** The style sheet of the HTML report; `footer` (user text) is written as an escaped CSS string. */
export function reportCss(footer: string): string {
  return `
@page {
  size: A4;
  margin: 16mm 15mm 18mm;
  @bottom-left { content: ${cssString(footer)}; font: 7.5pt ${FONT}; color: #6b7280; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt ${FONT}; color: #6b7280; }
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 10pt/1.45 ${FONT}; color: #1f2933; background: #fff; }
@media screen {
  body { max-width: 190mm; margin: 0 auto; padding: 12mm 8mm 20mm; }
}
h1, h2, h3, h4 { line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h2 {
  font-size: 15pt; margin: 0 0 3mm; padding-bottom: 1.5mm;
  border-bottom: 1.5pt solid #0e6e66; color: #0b3d3a;
}
h3 { font-size: 11.5pt; margin: 5mm 0 2mm; color: #0b3d3a; }
h4 {
  font-size: 8.5pt; margin: 4mm 0 1.5mm; text-transform: uppercase; letter-spacing: 0.06em;
  color: #52606d;
}
p { margin: 0 0 2.5mm; }
section { margin: 0 0 8mm; }
.lead { color: #3e4c59; }
.muted { color: #616e7c; }
/* A long unbroken string (a pasted link) wraps instead of running off the page. */
h1, h3, td, li, p { overflow-wrap: anywhere; }
.kind { white-space: nowrap; }

.cover {
  margin: 0 0 8mm; padding: 8mm 9mm 7mm; background: #f0f5f4;
  border-top: 2.2mm solid #0e6e66; border-radius: 0 0 2mm 2mm;
  break-inside: avoid;
}
.eyebrow {
  margin: 0 0 2mm; font-size: 8pt; font-weight: 700; letter-spacing: 0.12em;
  text-transform: uppercase; color: #0e6e66;
}
.cover h1 { font-size: 22pt; margin: 0 0 3mm; color: #102a27; }
.purpose { font-size: 11.5pt; color: #243b53; margin: 0 0 3mm; max-width: 150mm; }
.dates { font-size: 8.5pt; color: #52606d; margin: 0 0 5mm; }
.withheld { font-size: 9pt; color: #52606d; margin: 4mm 0 0; }
.stats { display: flex; gap: 3mm; margin: 0 0 4mm; padding: 0; }
.stat {
  flex: 1; margin: 0; padding: 2.5mm 3mm; background: #fff; border-radius: 1.5mm;
  border: 0.5pt solid #cfdcda;
  /* The label comes first in the markup, as a description list needs; the figure shows first. */
  display: flex; flex-direction: column-reverse; justify-content: flex-end;
}
.stat dd { margin: 0; font-size: 16pt; font-weight: 700; color: #0b3d3a; line-height: 1.1; }
.stat dt { font-size: 8pt; color: #52606d; }
.sides { display: flex; flex-wrap: wrap; gap: 1.5mm 4mm; font-size: 8.5pt; margin: 0; padding: 0; }
.sides li { list-style: none; }

.chip { display: inline-flex; align-items: center; gap: 1.3mm; white-space: nowrap; }
.dot {
  display: inline-block; width: 2.4mm; height: 2.4mm; border-radius: 50%;
  flex: none; vertical-align: middle;
}

table { width: 100%; border-collapse: collapse; margin: 0 0 3mm; font-size: 9pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th {
  text-align: left; font-size: 8pt; font-weight: 700; color: #52606d;
  border-bottom: 1pt solid #9aa5b1; padding: 1.5mm 2mm; vertical-align: bottom;
}
td { padding: 1.6mm 2mm; border-bottom: 0.5pt solid #d9e2ec; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tfoot td { font-weight: 700; border-bottom: none; border-top: 1pt solid #9aa5b1; }
.compact { width: auto; min-width: 90mm; }

.framework { font-size: 8pt; table-layout: fixed; }
.framework td, .framework th { padding: 1.5mm 1.3mm; overflow-wrap: break-word; hyphens: auto; }
.framework th { font-size: 7.5pt; }
.framework col.n { width: 3.5%; }
.framework col.outcome { width: 15%; }
.framework col.measure { width: 16%; }
.framework col.short { width: 9.5%; }
.framework col.source { width: 12%; }
.framework col.time { width: 9%; }
.framework col.owner { width: 10%; }
.framework col.agreement { width: 15.5%; }
.framework td.outcome { font-weight: 600; color: #102a27; }
.framework tr.agreed td:first-child { box-shadow: inset 1mm 0 0 #0e6e66; }
.empty { color: #9aa5b1; }
.stances { margin: 0; padding: 0; list-style: none; }
.stances li { display: flex; gap: 0.8mm; }
.all { display: inline-block; margin-bottom: 0.8mm; font-weight: 700; color: #0e6e66; }
.st { flex: none; width: 2.6mm; font-weight: 700; }
.st-agreed .st { color: #0e6e66; }
.st-concerns .st { color: #b45309; }
.st-objected .st { color: #b91c1c; }
.st-waiting .st { color: #9aa5b1; }
.legend { font-size: 7.5pt; color: #616e7c; }

.question {
  break-inside: avoid; margin: 0 0 3mm; padding: 3mm 4mm; border: 0.5pt solid #f0b429;
  border-left: 1.5mm solid #f0b429; border-radius: 1.5mm; background: #fffbea;
}
.question h3 { margin: 0 0 1.5mm; font-size: 10.5pt; }
.question ul { margin: 0; padding-left: 4.5mm; }
.remark { font-style: italic; }

.votes .rank { width: 6%; }
.votes th.num:not(.rank) { width: 10.5%; }
.balance th.num { width: 11%; }
.bar { display: block; height: 1.8mm; border-radius: 1mm; background: #0e6e66; min-width: 0.6mm; margin-top: 1mm; }
.shared { margin: 2mm 0 0; padding: 3mm 4mm; background: #f0f5f4; border-radius: 1.5mm; break-inside: avoid; }
.shared ul { margin: 1mm 0 0; padding-left: 4.5mm; }

.stage { margin: 0 0 4mm; }
.stage-head { break-inside: avoid; break-after: avoid; page-break-after: avoid; }
.prompt { margin: 0 0 2.5mm; padding: 0 0 0 3mm; border-left: 0.8mm solid #cbd2d9; color: #52606d; font-style: italic; }
.notes { display: grid; grid-template-columns: 1fr 1fr; gap: 2mm; margin: 0 0 2mm; padding: 0; list-style: none; }
.note {
  break-inside: avoid; padding: 2mm 2.6mm; border-radius: 1mm; background: #fbfaf4;
  border: 0.5pt solid #e4e0cc; border-left: 1.2mm solid #bcccdc;
}
.note p { margin: 0; white-space: pre-line; }
.credit { display: block; margin-top: 0.8mm; font-size: 7.5pt; color: #52606d; }

.reframe {
  break-inside: avoid; display: grid; grid-template-columns: 1fr 1fr; margin: 0 0 3mm;
  border: 0.5pt solid #cbd2d9; border-radius: 1.5mm; overflow: hidden;
}
.reframe > div { padding: 2.5mm 3.5mm; }
.they { background: #f5f7fa; color: #3e4c59; }
.we { background: #e8f5f3; }
.reframe .label { display: block; font-size: 7.5pt; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: #52606d; margin-bottom: 0.8mm; }
.we .label { color: #0e6e66; }
.reframe p { margin: 0; white-space: pre-line; }
.reframe .foot { grid-column: 1 / -1; font-size: 8pt; color: #52606d; border-top: 0.5pt solid #cbd2d9; padding: 1.5mm 3.5mm; }

.balance td.bars { width: 28%; vertical-align: middle; }
.pair { display: block; }
.pair .bar { height: 1.7mm; margin: 0.4mm 0; }
.pair .people { background: #9aa5b1; }
.score { font-size: 20pt; font-weight: 700; color: #0b3d3a; }

.notice { margin-top: 10mm; padding-top: 3mm; border-top: 0.5pt solid #cbd2d9; font-size: 8pt; color: #616e7c; }
`
}
