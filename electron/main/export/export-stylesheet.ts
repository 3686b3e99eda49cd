import type { PageSize } from './page-size';

/**
 * The export's own print-quality stylesheet: always light (`color-scheme: light`, never the app's
 * dark theme), serif body text, sans-serif apparatus, and page-break rules for print.
 */
export function exportStylesheet(pageSize: PageSize): string {
  return `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#4a4a4a;--rule:#c9c9c9;--tint:#f3f3f1;--accent:#8a1c1c;--link:#0b4f8a}
html{background:#fff;color:var(--ink);-webkit-text-size-adjust:100%;print-color-adjust:exact;-webkit-print-color-adjust:exact}
body{margin:0;background:#fff;color:var(--ink);font:400 11pt/1.5 "Source Serif 4",Georgia,"Times New Roman",serif;font-kerning:normal;font-variant-ligatures:common-ligatures}
:lang(ar),:lang(fa),:lang(ur){font-synthesis:none}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1.25rem 2.5rem}
h1,h2,h3,h4,.classification-banner,.dateline,.briefing-metadata,.key-figures,table,figcaption,.briefing-footer,.contents{font-family:"Source Sans 3","Helvetica Neue",Arial,sans-serif}
/* pre-wrap keeps the space at a soft line break, which Chromium otherwise drops from PDF bookmark titles. */
h1,h2,h3,h4{white-space:pre-wrap}
h1{font-size:24pt;line-height:1.15;font-weight:600;margin:0 0 .4rem;letter-spacing:-.01em}
h2{font-size:15pt;line-height:1.25;font-weight:600;margin:1.6rem 0 .5rem;padding-top:.4rem;border-top:1px solid var(--rule)}
h3{font-size:12.5pt;line-height:1.3;font-weight:600;margin:1.2rem 0 .4rem}
h4{font-size:11pt;line-height:1.3;font-weight:600;font-style:italic;margin:1rem 0 .3rem;color:#333}
p{margin:0 0 .65rem}
a{color:var(--link);text-decoration:underline;text-underline-offset:.12em;overflow-wrap:anywhere}
ul,ol{margin:0 0 .75rem;padding-inline-start:1.4rem}
li{margin:0 0 .25rem}
li>p{margin:0 0 .25rem}
blockquote{margin:.8rem 0 .9rem;padding-block:.1rem;padding-inline:1rem 0;border-inline-start:3px solid var(--accent);color:#2b2b2b;font-style:italic}
blockquote em{font-style:normal}
hr{border:0;border-top:1px solid var(--rule);margin:1.2rem 0}
.classification-banner{margin:0;padding:.3rem .6rem;border:1.5px solid var(--ink);text-align:center;font-size:9pt;font-weight:600;letter-spacing:.12em;text-transform:uppercase;background:#fff;color:var(--ink)}
.classification-banner.top{margin-bottom:1.2rem}
.classification-banner.bottom{margin-top:2rem}
.briefing-header{margin-bottom:1.2rem;padding-bottom:.8rem;border-bottom:2px solid var(--ink)}
.dateline{margin:.2rem 0 .6rem;font-size:10.5pt;color:var(--muted)}
.dateline-place{font-weight:600;text-transform:uppercase;letter-spacing:.05em;color:var(--ink)}
.briefing-metadata{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.35rem 1rem;margin:.6rem 0 0;font-size:9pt}
.briefing-metadata dt{font-weight:600;color:var(--muted);text-transform:uppercase;letter-spacing:.05em;font-size:7.5pt}
.briefing-metadata dd{margin:0}
.key-figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(9.5rem,1fr));gap:.6rem;margin:.9rem 0 1.1rem}
.key-figure{display:flex;flex-direction:column;padding:.55rem .7rem;background:var(--tint);border-top:3px solid var(--accent);break-inside:avoid}
.key-figure dt{order:2;font-size:9.5pt;font-weight:600;line-height:1.25}
.key-figure dd{margin:0}
.key-figure-value{order:1;font-size:20pt;font-weight:600;line-height:1.1;font-variant-numeric:lining-nums tabular-nums}
.key-figure-provenance{order:3;margin-top:.25rem!important;font-size:8pt;color:var(--muted)}
.table-frame{margin:.8rem 0 1rem}
table{width:100%;border-collapse:collapse;font-size:9.5pt;line-height:1.35;font-variant-numeric:tabular-nums}
th,td{padding:.3rem .45rem;border-bottom:1px solid var(--rule);text-align:start;vertical-align:top}
thead th{border-bottom:1.5px solid var(--ink);font-weight:600}
tbody th{font-weight:600}
th p,td p{margin:0}
thead{display:table-header-group}
tr{break-inside:avoid}
figure{margin:1rem 0 1.2rem;break-inside:avoid}
figure img{display:block;max-width:100%;max-height:60vh;height:auto;margin:0 auto}
figcaption{margin-top:.35rem;font-size:9pt;line-height:1.35;color:#333}
.disclaimer{margin:.8rem 0;font-size:8.5pt;font-style:italic;line-height:1.35;color:var(--muted)}
.figure-credit{color:var(--muted);font-size:8pt;text-transform:uppercase;letter-spacing:.04em}
.figure-missing{padding:1.5rem;border:1px dashed var(--muted);text-align:center;font-size:9pt;color:var(--muted)}
.unfinished-part{padding:.2rem .5rem;border:1px dashed var(--muted);font-family:"Source Sans 3","Helvetica Neue",Arial,sans-serif;font-size:9pt;font-style:italic;color:var(--muted)}
.briefing-footer{margin-top:1.5rem;padding-top:.5rem;border-top:1px solid var(--rule);font-size:8.5pt;color:var(--muted)}
.contents ol{padding-left:1.6rem}
.contents li{margin:.35rem 0}
.contents a{color:var(--ink);text-decoration:none;display:flex;align-items:baseline;gap:.4rem}
.contents-entry{flex:0 1 auto}
.contents-leader{flex:1 0 1.5rem;border-bottom:1px dotted var(--muted)}
.contents-page{flex:0 0 4ch;text-align:right;font-variant-numeric:tabular-nums}
.cover{min-height:60vh;display:flex;flex-direction:column;justify-content:center;font-family:"Source Sans 3","Helvetica Neue",Arial,sans-serif}
.cover h1{font-size:30pt;margin:.2rem 0 .6rem}
.cover-kicker{text-transform:uppercase;letter-spacing:.08em;font-size:9pt;color:var(--muted);margin:0}
.cover-date{font-size:13pt;margin:0}
.cover-classification{font-weight:700;margin:.4rem 0 1.4rem}
.cover-reports-title{font-weight:700;margin:0 0 .3rem;border-top:1px solid var(--rule);padding-top:.8rem}
.cover-reports{margin:0;padding-left:1.4rem}
.cover-reports li{margin:.3rem 0}
.cover-report-title{display:block;font-weight:600}
.cover-report-facts{display:block;font-size:9pt;color:var(--muted)}
@page{size:${pageSize}}
@media print{
  main{max-width:none;padding:0}
  h1,h2,h3,h4{break-after:avoid-page;page-break-after:avoid}
  h2+*,h3+*,h4+*{break-before:avoid-page}
  p,li,blockquote{orphans:3;widows:3}
  figure,.key-figure,.key-figures,tr,blockquote,.briefing-metadata{break-inside:avoid-page;page-break-inside:avoid}
  .contents,.contents~.briefing-article{break-before:page}
  a{color:var(--ink)}
}
`.trim();
}
