// Deterministic generator of CSL-JSON items: a mix of Japanese, Chinese and English sources of every type the
// library models. Used for the golden files of the built-in styles and for the benchmark (same items in C# and in
// citeproc-js). Usage: node items.mjs COUNT [PER_TYPE] > items.json
const count = Number(process.argv[2] ?? 10000);
const perType = process.argv[3] === 'per-type';

// A small linear congruential generator: the same items on every machine.
let seed = 20251026;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(next() * list.length)];

const jaFamilies = [['佐藤', 'さとう'], ['鈴木', 'すずき'], ['高橋', 'たかはし'], ['田中', 'たなか'], ['伊藤', 'いとう'], ['渡辺', 'わたなべ'], ['山本', 'やまもと'], ['中村', 'なかむら']];
const jaGiven = [['仁', 'じん'], ['花子', 'はなこ'], ['太郎', 'たろう'], ['早苗', 'さなえ'], ['健一', 'けんいち'], ['美咲', 'みさき']];
const zhFamilies = [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黃', 'huang'], ['林', 'lin']];
const zhGiven = [['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['秀英', 'xiuying'], ['建國', 'jianguo'], ['志明', 'zhiming']];
const enFamilies = ['Smith', 'Johnson', 'Nguyen', 'Tan', 'Lim', 'Garcia', 'Brown', 'Wong'];
const enGiven = ['John', 'Mary', 'Wei Ling', 'Siti', 'Ahmad', 'Anna', 'Robert', 'Mei'];
const orgs = {
  ja: ['外務省', '経済産業省', '総務省', '科学技術振興機構', '日本貿易振興機構'],
  zh: ['国务院', '工业和信息化部', '中国科学院', '國家發展委員會', '中华人民共和国商务部'],
  en: ['ASEAN Secretariat', 'Economic Research Institute for ASEAN and East Asia', 'World Bank', 'OECD'],
};
const titles = {
  ja: ['日ASEAN・AI共創イニシアティブ', '東南アジアのAI基盤整備支援', '自国語対応の大規模言語モデルがもたらす発展の可能性', '日本・ASEAN、多言語AI開発で連携へ', '経済安全保障と半導体サプライチェーン', '地域包括ケアの将来像'],
  zh: ['新一代人工智能发展规划', '东南亚数字经济发展报告', '人工智慧基本法草案說明', '关于促进大模型产业发展的指导意见', '跨境数据流动治理研究', '臺灣半導體產業白皮書'],
  en: ['Regional cooperation on artificial intelligence in Southeast Asia', 'Multilingual language models for low-resource languages', 'The ASEAN digital economy framework agreement', 'Semiconductor supply chains and economic security', 'Data governance in the Asia-Pacific', 'A history of regional trade agreements'],
};
const journals = { ja: ['情報処理学会論文誌', '経済研究', '国際政治'], zh: ['计算机学报', '中国社会科学', '經濟論文叢刊'], en: ['Journal of Asian Economics', 'Asian Survey', 'Nature Machine Intelligence'] };
const newspapers = { ja: ['日本経済新聞', '朝日新聞', '読売新聞'], zh: ['人民日报', '联合早报', '聯合報'], en: ['The Straits Times', 'Nikkei Asia', 'The Japan Times'] };
const publishers = { ja: ['岩波書店', '有斐閣', '東京大学出版会'], zh: ['科学出版社', '商务印书馆', '聯經出版公司'], en: ['Routledge', 'Cambridge University Press', 'ISEAS Publishing'] };
const places = { ja: '東京', zh: '北京', en: 'Singapore' };
const sites = { ja: ['Science Portal ASEAN', 'Yahoo!ニュース エキスパート'], zh: ['新华网', '中国政府网'], en: ['East Asia Forum', 'The Diplomat'] };

function person(lang) {
  if (lang === 'ja') { const f = pick(jaFamilies), g = pick(jaGiven); return [{ family: f[0], given: g[0] }, { family: f[1], given: g[1] }]; }
  if (lang === 'zh') { const f = pick(zhFamilies), g = pick(zhGiven); return [{ family: f[0], given: g[0] }, { family: f[1], given: g[1] }]; }
  return [{ family: pick(enFamilies), given: pick(enGiven) }, null];
}

function authors(item, lang, max) {
  const n = 1 + Math.floor(next() * max);
  const names = [], readings = [];
  for (let i = 0; i < n; i++) { const [name, reading] = person(lang); names.push(name); readings.push(reading); }
  item.author = names;
  if (lang !== 'en') item.custom = { ...(item.custom ?? {}), 'name-readings': { author: readings } };
}

function date() {
  const year = 2015 + Math.floor(next() * 11);
  const r = next();
  if (r < 0.3) return { 'date-parts': [[year]] };
  if (r < 0.6) return { 'date-parts': [[year, 1 + Math.floor(next() * 12)]] };
  return { 'date-parts': [[year, 1 + Math.floor(next() * 12), 1 + Math.floor(next() * 28)]] };
}

const types = ['report', 'article-newspaper', 'webpage', 'article-journal', 'book', 'chapter', 'post', 'dataset', 'document'];

function make(i, type) {
  const lang = ['ja', 'zh', 'en'][i % 3];
  const item = { id: `item-${i}`, type, language: lang === 'zh' ? (i % 2 ? 'zh-CN' : 'zh-TW') : lang };
  const title = pick(titles[lang]);
  item.title = lang === 'en' ? title : `${title}（${1 + (i % 9)}）`;
  item.issued = date();
  switch (type) {
    case 'report':
    case 'document':
      if (next() < 0.5) item.author = [{ literal: pick(orgs[lang]) }]; else authors(item, lang, 2);
      item.publisher = pick(orgs[lang]);
      item['publisher-place'] = places[lang];
      if (next() < 0.5) item.number = `${2020 + (i % 5)}-${i % 40}`;
      item.URL = `https://example.org/${lang}/reports/${i}.pdf`;
      item.accessed = { 'date-parts': [[2025, 10, 1 + (i % 28)]] };
      break;
    case 'article-newspaper':
      if (next() < 0.4) authors(item, lang, 1);
      item['container-title'] = pick(newspapers[lang]);
      if (next() < 0.5) item.page = String(1 + (i % 40));
      item.URL = `https://news.example.org/${lang}/${i}`;
      item.accessed = { 'date-parts': [[2025, 11, 1 + (i % 28)]] };
      break;
    case 'webpage':
    case 'post':
      if (next() < 0.6) authors(item, lang, 2); else item.author = [{ literal: pick(orgs[lang]) }];
      item['container-title'] = pick(sites[lang]);
      item.URL = `https://web.example.org/${lang}/${type}/${i}.html`;
      item.accessed = { 'date-parts': [[2025, 10, 1 + (i % 28)]] };
      break;
    case 'article-journal':
      authors(item, lang, 5);
      item['container-title'] = pick(journals[lang]);
      item.volume = String(1 + (i % 60));
      item.issue = String(1 + (i % 12));
      const first = 1 + (i * 7) % 300;
      item.page = `${first}-${first + 5 + (i % 30)}`;
      if (next() < 0.5) item.DOI = `10.5555/example.${i}`;
      break;
    case 'book':
      authors(item, lang, 3);
      item.publisher = pick(publishers[lang]);
      item['publisher-place'] = places[lang];
      if (next() < 0.3) item.edition = String(2 + (i % 3));
      item['number-of-pages'] = String(120 + (i % 400));
      break;
    case 'chapter':
      authors(item, lang, 2);
      item.editor = [person(lang)[0]];
      item['container-title'] = pick(titles[lang]);
      item.publisher = pick(publishers[lang]);
      item['publisher-place'] = places[lang];
      const start = 10 + (i * 13) % 200;
      item.page = `${start}-${start + 12}`;
      break;
    case 'dataset':
      item.author = [{ literal: pick(orgs[lang]) }];
      item.publisher = pick(orgs[lang]);
      item.version = `${1 + (i % 4)}.0`;
      item.URL = `https://data.example.org/${lang}/${i}`;
      item.accessed = { 'date-parts': [[2025, 9, 1 + (i % 28)]] };
      break;
  }
  return item;
}

const items = [];
if (perType) {
  let i = 0;
  for (const type of types) for (let k = 0; k < count; k++) items.push(make(i++, type));
} else {
  for (let i = 0; i < count; i++) items.push(make(i, types[i % types.length]));
}
process.stdout.write(JSON.stringify(items, null, perType ? 1 : 0) + '\n');
