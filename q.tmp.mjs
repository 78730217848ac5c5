import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage();
for (const [home, qs] of [['/', ['anakinra','kineret']], ['/es/', ['anakinra','Kineret','inyeccion','se me olvidó una dosis','acido folico','juntos','imprimir','resultados','vacuna']]]) {
  await p.goto('http://127.0.0.1:4600' + home);
  for (const q of qs) {
    const top = await p.evaluate(async (q) => { const pf = await import('/pagefind/pagefind.js'); await pf.options({ ranking: { termFrequency: 0.6, pageLength: 0.5 } }); const s = await pf.search(q); return Promise.all(s.results.slice(0,5).map(async r => (await r.data()).url)); }, q);
    console.log(home, q, top.join(' '));
  }
}
await b.close();
