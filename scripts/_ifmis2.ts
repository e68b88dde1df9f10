import { parseSeedProjects } from '../test/support/table-builder';
import { renderIfmis, PROVINCES } from '../test/support/ifmis/render';
import { readXml2003 } from '../src/reader/xml2003';
import { checkWorkbook } from '../src/core/check';
const projects = parseSeedProjects();
for (const prov of PROVINCES) {
  const counts: Record<string, number> = {};
  projects.forEach((p, i) => {
    const res = checkWorkbook(readXml2003(new TextEncoder().encode(renderIfmis(p, prov))));
    for (const f of res.sheets[0].findings) {
      const k = `${f.severity} ${f.rule}`;
      counts[k] = (counts[k] ?? 0) + 1;
      if (i === 0 && f.severity !== 'info') console.log(`  ${prov} #${i} ${f.severity} ${f.cell} ${f.rule}: ${f.message.slice(0, 120)}`);
    }
  });
  console.log(prov, JSON.stringify(counts));
}
