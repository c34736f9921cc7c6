// The explorer page: every number and every decision comes from the API (/v1); this script only
// asks and draws. Words of the UI are below in both languages; words of rules come from the API.
'use strict';

const UI = {
  ja: {
    title: '規則エクスプローラ', 'tab.rules': '規則', 'tab.bicycle': '自転車', 'tab.golf': 'ゴルフ場利用税', 'tab.booking': '施設予約',
    'rules.search': '検索（ID・文言・条文）', 'rules.on': '数値の基準日', 'rules.legend': 'は一目で分かるよう色で示します',
    'col.rule': '規則', 'col.words': '文言', 'col.basis': '根拠', 'col.confidence': '確度', 'col.figures': '数値',
    'col.id': 'ID', 'col.value': '値', 'col.source': '出典', 'col.version': '版', 'figures.title': '施行中の数値',
    'bicycle.violation': '違反', 'bicycle.date': '違反日', 'bicycle.time': '時刻（任意）', 'bicycle.born': '生年月日',
    'bicycle.notice': '告知日（任意）', 'bicycle.rider': '車両', 'rider.ordinary': '普通自転車', 'rider.other': '普通自転車以外の自転車',
    'bicycle.alcohol': '酒気帯び', 'bicycle.accident': '交通事故を起こした', 'bicycle.submit': '判定する',
    'golf.course': 'コース（JSON）', 'golf.visits': '利用記録（CSV）', 'golf.declared': '申告額（円、任意）',
    'golf.submit': '検査する', 'golf.example': '同梱の例（2026年4月）で検査',
    'golf.visitTitle': '一回の利用（同梱のコース: 阿蘇テストカントリークラブ）', 'golf.auditTitle': '一か月の検査',
    'golf.useDate': '利用日', 'golf.fee': '料金（円）', 'golf.document': '年齢を確かめた書類', 'golf.noDocument': 'なし',
    'golf.licence': '運転免許証', 'golf.visitSubmit': '判定する', evidence: '確かめる・残す書類', dayType: '曜日区分',
    'booking.unit': '部屋', 'booking.date': '利用日', 'booking.slots': 'コマ（カンマ区切り）', 'booking.group': '団体名',
    'booking.headcount': '人数', 'booking.at': '申込日時', 'booking.submit': '申込を確認',
    'booking.note': '西公民館（同梱の例）の台帳と設定で、一週間の空き状況を示し、申込を予約せずに規則と照らします。',
    'booking.gridTitle': '一週間の空き状況', 'booking.from': '開始日', 'booking.gridAt': '台帳の時点',
    'booking.gridSubmit': '空き状況を表示', 'booking.requestTitle': '申込の確認',
    'booking.pick': '空き状況の枠を押すと、その枠の申込を同じ台帳で確認します。',
    'mark.FREE': '空き', 'mark.TAKEN': '予約あり', 'mark.LOTTERY': '抽選', 'mark.CLOSED': '休館',
    legend: '凡例', gridDate: '日付', refusals: '受付できない理由',
    footer: '数値と判定はすべて API（/v1、/openapi.json）から。このページは何も決めません。',
    blue: '青切符（反則金）', noBlue: '青切符の対象外', fine: '反則金', lastDay: '仮納付の期限（法定）',
    deadline: '仮納付の期限（銀行休業日の後）', notice: '告知日', reasons: '適用した規則', notApplied: '適用しなかった規則',
    instead: '代わりに', problems: '入力の問題', calendar: '仮納付の期間', kPeriod: '期間', kClosed: '銀行休業日（繰り延べ）',
    kStatutory: '法定の末日', kDeadline: '期限', days: '日', confidence: '確度',
    computed: '計算した税額', declared: '申告額', difference: '差額', unexplained: '説明できない差額',
    byGrade: '等級別・区分別', grade: '等級', treatment: '区分', count: '人数', tax: '税額', differences: '利用ごとの差異',
    none: 'なし', rejected: '読めなかった行', visit: '利用', computedTax: '計算', declaredTax: '申告', why: '理由',
    notInMonth: '当月の利用にありません', pick: 'コースと利用記録のファイルを選んでください',
    accepted: '受付可', refused: '受付不可', quota: '枠の消費', ruleSet: '規則', split: '分割の提案', yen: '円',
    weekdays: ['日', '月', '火', '水', '木', '金', '土'], error: 'サーバに届きません'
  },
  en: {
    title: 'Rules explorer', 'tab.rules': 'Rules', 'tab.bicycle': 'Bicycle', 'tab.golf': 'Golf-course tax', 'tab.booking': 'Facility booking',
    'rules.search': 'Search (id, words, article)', 'rules.on': 'Figures in force on', 'rules.legend': 'are coloured so they show at a glance',
    'col.rule': 'Rule', 'col.words': 'Words', 'col.basis': 'Basis', 'col.confidence': 'Confidence', 'col.figures': 'Figures',
    'col.id': 'Id', 'col.value': 'Value', 'col.source': 'Source', 'col.version': 'Version', 'figures.title': 'Figures in force',
    'bicycle.violation': 'Violation', 'bicycle.date': 'Date of the act', 'bicycle.time': 'Time (optional)', 'bicycle.born': 'Date of birth',
    'bicycle.notice': 'Notice date (optional)', 'bicycle.rider': 'Vehicle', 'rider.ordinary': 'Ordinary bicycle', 'rider.other': 'Other bicycle',
    'bicycle.alcohol': 'Over the alcohol limit', 'bicycle.accident': 'Caused a traffic accident', 'bicycle.submit': 'Assess',
    'golf.course': 'Course (JSON)', 'golf.visits': 'Visits (CSV)', 'golf.declared': 'Declared total (yen, optional)',
    'golf.submit': 'Audit', 'golf.example': 'Audit the bundled example (April 2026)',
    'golf.visitTitle': 'One visit (the bundled course: 阿蘇テストカントリークラブ)', 'golf.auditTitle': 'A month\'s audit',
    'golf.useDate': 'Date of use', 'golf.fee': 'Fee charged (yen)', 'golf.document': 'Document shown for the age',
    'golf.noDocument': 'none', 'golf.licence': 'Driving licence', 'golf.visitSubmit': 'Assess', evidence: 'Evidence to see or keep',
    dayType: 'Day type',
    'booking.unit': 'Room', 'booking.date': 'Date', 'booking.slots': 'Slots (comma separated)', 'booking.group': 'Group',
    'booking.headcount': 'Headcount', 'booking.at': 'Requested at', 'booking.submit': 'Check the request',
    'booking.note': 'A week\'s availability of 西公民館 (the bundled example) with its example ledger and settings, and a request checked against the same ledger, without booking.',
    'booking.gridTitle': 'Availability for a week', 'booking.from': 'From', 'booking.gridAt': 'Ledger as it stands at',
    'booking.gridSubmit': 'Show availability', 'booking.requestTitle': 'Check a request',
    'booking.pick': 'Press a cell of the grid to check a request for that slot against the same ledger.',
    'mark.FREE': 'free', 'mark.TAKEN': 'taken', 'mark.LOTTERY': 'lottery', 'mark.CLOSED': 'closed',
    legend: 'Key', gridDate: 'Date', refusals: 'Why it cannot be accepted',
    footer: 'Every figure and decision comes from the API (/v1, /openapi.json). This page decides nothing.',
    blue: 'Blue ticket (fine)', noBlue: 'No blue ticket', fine: 'Fine', lastDay: 'Provisional payment: statutory last day',
    deadline: 'Provisional payment: deadline after bank holidays', notice: 'Notice date', reasons: 'Rules applied',
    notApplied: 'Rules not applied', instead: 'Instead', problems: 'Problems with the input', calendar: 'Provisional payment period',
    kPeriod: 'period', kClosed: 'bank closing day (moved past)', kStatutory: 'statutory last day', kDeadline: 'deadline',
    days: 'days', confidence: 'confidence', computed: 'Computed tax', declared: 'Declared', difference: 'Difference',
    unexplained: 'Unexplained', byGrade: 'Return by grade and treatment', grade: 'Grade', treatment: 'Treatment', count: 'Count',
    tax: 'Tax', differences: 'Differences, visit by visit', none: 'none', rejected: 'Rows not read', visit: 'Visit',
    computedTax: 'Computed', declaredTax: 'Declared', why: 'Why', notInMonth: 'not a visit of the month',
    pick: 'Choose the course and the visits files', accepted: 'Accepted', refused: 'Refused', quota: 'Quota used',
    ruleSet: 'Rule set', split: 'Suggested split', yen: ' yen', weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    error: 'The server cannot be reached'
  }
};

let lang = 'ja';
const state = { rules: null, figures: null, violations: null, last: {} };
const $ = (id) => document.getElementById(id);
const t = (key) => UI[lang][key] || key;
const words = (o, ja = 'ja', en = 'en') => (lang === 'ja' ? o[ja] : o[en]) || o[ja] || o[en] || '';
const esc = (s) => String(s == null ? '' : s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const yen = (n) => (n == null ? '—' : Number(n).toLocaleString('ja-JP') + (lang === 'ja' ? '円' : ' yen'));
const conf = (c) => `<span class="conf ${esc(c)}">${esc(c)}</span>`;

async function api(path, options) {
  const r = await fetch(path, options);
  const type = r.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await r.json() : await r.text();
  return { status: r.status, body };
}

function setLanguage(l) {
  lang = l;
  document.documentElement.lang = l;
  $('lang-ja').classList.toggle('on', l === 'ja');
  $('lang-en').classList.toggle('on', l === 'en');
  document.querySelectorAll('[data-t]').forEach((e) => { e.textContent = t(e.dataset.t); });
  document.title = (l === 'ja' ? '規則エクスプローラ' : 'Rules explorer') + ' — kisoku';
  fillViolations();
  drawRules();
  drawFigures();
  Object.values(state.last).forEach((redraw) => redraw());
}

function showTab(name) {
  document.querySelectorAll('section.tab').forEach((s) => { s.hidden = s.id !== name; });
  document.querySelectorAll('nav button').forEach((b) => b.classList.toggle('on', b.dataset.tab === name));
}

function reasonsList(list) {
  if (!list || list.length === 0) return `<p>${t('none')}</p>`;
  return '<ul class="reasons">' + list.map((r) => `<li>${esc(words(r))} ${conf(r.confidence)}<br><span class="basis">${esc(r.basis)}</span></li>`).join('') + '</ul>';
}

function problemsCard(answer) {
  return `<div class="card problems"><h2>${t('problems')}</h2><ul>` +
    answer.problems.map((p) => `<li><b>${esc(p.field)}</b>: ${esc(words(p))}</li>`).join('') + '</ul></div>';
}

// Rules ---------------------------------------------------------------------------------------
async function loadRules() {
  state.rules = (await api('/v1/rules')).body.rules;
  drawRules();
}

function drawRules() {
  if (!state.rules) return;
  const q = $('rules-q').value.trim().toLowerCase();
  const rows = state.rules.filter((r) => !q || [r.id, r.ja, r.en, r.basis].some((s) => s.toLowerCase().includes(q)));
  $('rules-table').tBodies[0].innerHTML = rows.map((r) => `<tr><td class="id">${esc(r.id)}</td><td>${esc(words(r))}</td>` +
    `<td>${esc(r.basis)}</td><td>${conf(r.confidence)}</td><td>${esc(r.figures.join(', '))}</td></tr>`).join('');
}

async function loadFigures() {
  const on = $('figures-on').value;
  const r = await api('/v1/figures?on=' + encodeURIComponent(on));
  state.figures = r.status === 200 ? r.body.figures : [];
  drawFigures();
}

function drawFigures() {
  if (!state.figures) return;
  $('figures-table').tBodies[0].innerHTML = state.figures.map((f) => `<tr><td class="id">${esc(f.id)}</td>` +
    `<td class="num">${esc(typeof f.value === 'number' ? f.value.toLocaleString('ja-JP') : f.value)} ${esc(f.unit)}</td>` +
    `<td>${esc(f.source)} ${esc(f.provision)}</td><td>${conf(f.confidence)}</td>` +
    `<td class="nowrap">${esc(f.from || '')} 〜 ${esc(f.until || '')}</td></tr>`).join('');
}

// Bicycle -------------------------------------------------------------------------------------
async function loadViolations() {
  state.violations = (await api('/v1/bicycle/violations')).body.violations;
  fillViolations();
}

function fillViolations() {
  if (!state.violations) return;
  const select = $('b-violation');
  const chosen = select.value || 'SIGNAL_VIOLATION';
  select.innerHTML = state.violations.map((v) => `<option value="${esc(v.id)}">${esc(words(v))}` +
    `${v.amountYen == null ? '' : '（' + yen(v.amountYen) + '）'}</option>`).join('');
  select.value = chosen;
}

async function assessBicycle(event) {
  event.preventDefault();
  const c = { id: 'explorer', violation: $('b-violation').value, offenceDate: $('b-date').value, birthDate: $('b-born').value,
    riderType: $('b-rider').value, alcohol: $('b-alcohol').checked, causedAccident: $('b-accident').checked };
  if ($('b-time').value) c.offenceTime = $('b-time').value;
  if ($('b-notice').value) c.noticeDate = $('b-notice').value;
  const r = await api('/v1/cases/bicycle.fine', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(c) });
  let period = null;
  if (r.status === 200 && r.body.result.blueTicket) {
    // The number of days is a figure of the law in force on the day: asked for, never written here.
    const figures = (await api('/v1/figures?on=' + c.offenceDate)).body.figures;
    const days = figures.find((f) => f.id === 'PROVISIONAL_PAYMENT_DAYS');
    if (days) {
      period = (await api(`/v1/calendar/deadline?from=${r.body.result.noticeDate}&days=${days.value}&closed=bank`)).body;
    }
  }
  state.last.bicycle = () => drawBicycle(r, period);
  state.last.bicycle();
}

function drawBicycle(r, period) {
  const out = $('bicycle-out');
  if (r.status !== 200) { out.innerHTML = problemsCard(r.body); return; }
  const a = r.body; const x = a.result;
  let html = `<div class="card"><div class="big ${x.blueTicket ? 'ok' : 'bad'}" id="b-verdict">${x.blueTicket ? t('blue') : t('noBlue')}</div>` +
    `<div class="facts"><div><span>${t('fine')}</span><b id="b-amount">${yen(x.amountYen)}</b></div>` +
    `<div><span>${t('notice')}</span>${esc(x.noticeDate)}</div>` +
    `<div><span>${t('lastDay')}</span>${esc(x.provisionalPaymentLastDay || '—')}</div>` +
    `<div><span>${t('deadline')}</span><b id="b-deadline">${esc(x.provisionalPaymentDeadline || '—')}</b></div>` +
    `<div><span>${t('confidence')}</span>${conf(a.confidence)}</div></div>`;
  if (x.instead) html += `<p><b>${t('instead')}</b>: ${esc(typeof x.instead === 'object' ? words(x.instead) : x.instead)}</p>`;
  html += '</div>';
  if (period) html += calendar(period);
  html += `<div class="card"><h2>${t('reasons')}</h2>${reasonsList(a.reasons)}<h2>${t('notApplied')}</h2>${reasonsList(a.notApplied)}</div>`;
  out.innerHTML = html;
}

function calendar(p) {
  const first = new Date(p.firstDay + 'T00:00:00Z');
  const last = new Date(p.deadline + 'T00:00:00Z');
  const closed = new Map(p.skipped.map((s) => [s.date, s]));
  const start = new Date(first); start.setUTCDate(start.getUTCDate() - start.getUTCDay());
  const end = new Date(last); end.setUTCDate(end.getUTCDate() + (6 - end.getUTCDay()));
  let cells = UI[lang].weekdays.map((d) => `<div class="head">${d}</div>`).join('');
  for (let d = new Date(start); d <= end; d.setUTCDate(d.getUTCDate() + 1)) {
    const iso = d.toISOString().slice(0, 10);
    const inside = d >= first && d <= last;
    const cls = [inside ? 'period' : 'out-of-month', closed.has(iso) ? 'closed' : '', iso === p.statutoryLastDay ? 'statutory' : '',
      iso === p.deadline ? 'deadline' : ''].join(' ');
    const why = closed.has(iso) ? `<small>${esc(words(closed.get(iso)))}</small>` : '';
    cells += `<div class="${cls}" data-date="${iso}" title="${iso}">${d.getUTCMonth() + 1}/${d.getUTCDate()}${why}</div>`;
  }
  return `<div class="card"><h2>${t('calendar')}（${esc(p.days)}${t('days')}）</h2><div class="cal">${cells}</div>` +
    `<p class="keys"><span><i class="period" style="background:#e8f0fb"></i>${t('kPeriod')}</span>` +
    `<span><i style="background:#fdecec"></i>${t('kClosed')}</span><span><i style="outline:2px dashed #1f3a5f"></i>${t('kStatutory')}</span>` +
    `<span><i style="background:#1f3a5f"></i>${t('kDeadline')}</span></p>` +
    `<p class="basis">${esc(p.periodBasis.basis)} ${conf(p.periodBasis.confidence)} ・ ${esc(p.closedBasis.basis)} ${conf(p.closedBasis.confidence)}</p></div>`;
}

// Golf ----------------------------------------------------------------------------------------
async function auditGolf(course, visits) {
  const form = new FormData();
  form.append('course', course, 'course.json');
  form.append('visits', visits, 'visits.csv');
  if ($('g-declared').value) form.append('declared', $('g-declared').value);
  const r = await api('/v1/golf/audit', { method: 'POST', body: form });
  state.last.golf = () => drawGolf(r);
  state.last.golf();
}

async function auditExample() {
  const course = await (await fetch('/explorer/examples/course-aso.json')).blob();
  const visits = await (await fetch('/explorer/examples/visits-2026-04.csv')).blob();
  await auditGolf(course, visits);
}

function drawGolf(r) {
  const out = $('golf-out');
  if (r.status !== 200) { out.innerHTML = problemsCard(r.body); return; }
  const a = r.body;
  // The return's lines carry the Japanese words only; each visit carries both, so the English comes from the visits.
  const english = {};
  a.visits.forEach((v) => { english[v.treatmentJa] = v.treatmentEn; });
  let html = `<div class="card"><h2>${esc(a.course)}（${t('grade')} ${a.grade}）${esc(a.month)}</h2><div class="facts">` +
    `<div><span>${t('computed')}</span><b id="g-computed">${yen(a.computedTotalYen)}</b></div>` +
    `<div><span>${t('declared')}</span>${yen(a.declaredTotalYen)}</div>` +
    `<div><span>${t('difference')}</span><b id="g-difference">${yen(a.difference)}</b></div>` +
    `<div><span>${t('unexplained')}</span>${yen(a.unexplained)}</div></div></div>`;
  html += `<div class="card"><h2>${t('byGrade')}</h2><div class="scroll"><table><thead><tr><th class="num">${t('grade')}</th>` +
    `<th>${t('treatment')}</th><th class="num">${t('count')}</th><th class="num">${t('tax')}</th></tr></thead><tbody>` +
    a.lines.map((l) => `<tr><td class="num">${l.grade}</td><td>${esc(lang === 'ja' ? l.treatmentJa : (english[l.treatmentJa] || l.treatment))}</td>` +
      `<td class="num">${l.count}</td><td class="num">${yen(l.taxYen)}</td></tr>`).join('') + '</tbody></table></div></div>';
  html += `<div class="card"><h2>${t('differences')}</h2>` + (a.differences.length === 0 ? `<p>${t('none')}</p>` :
    `<div class="scroll"><table id="g-differences"><thead><tr><th>${t('visit')}</th><th class="num">${t('declaredTax')}</th>` +
    `<th class="num">${t('computedTax')}</th><th class="num">${t('difference')}</th><th>${t('why')}</th></tr></thead><tbody>` +
    a.differences.map((d) => `<tr><td class="id">${esc(d.id)}</td><td class="num">${yen(d.declaredTaxYen)}</td>` +
      `<td class="num">${yen(d.computedTaxYen)}</td><td class="num">${yen(d.difference)}</td>` +
      `<td>${d.inMonth ? '' : esc(t('notInMonth'))}${reasonsList(d.reasons)}</td></tr>`).join('') + '</tbody></table></div>') + '</div>';
  if (a.rejected.length > 0) {
    html += `<div class="card problems"><h2>${t('rejected')}</h2><ul>` +
      a.rejected.map((p) => `<li><b>${esc(p.field)}</b>: ${esc(words(p))}</li>`).join('') + '</ul></div>';
  }
  out.innerHTML = html;
}

async function assessVisit(event) {
  event.preventDefault();
  // The course and its fee table are the bundled example's, as the API serves it.
  const course = (await api('/explorer/examples/course-aso.json')).body;
  const c = { id: 'explorer', useDate: $('v-date').value, grade: course.grade, birthDate: $('v-born').value,
    fees: { charged: Number($('v-fee').value), table: course.fees }, course: { name: course.name, holes: course.holes, type: course.type } };
  if ($('v-document').value) c.ageDocument = $('v-document').value;
  const r = await api('/v1/cases/golf.visit', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(c) });
  state.last.visit = () => drawVisit(r);
  state.last.visit();
}

function drawVisit(r) {
  const out = $('visit-out');
  if (r.status !== 200) { out.innerHTML = problemsCard(r.body); return; }
  const x = r.body.result;
  out.innerHTML = `<div class="card"><div class="big" id="v-treatment">${esc(words(x, 'treatmentJa', 'treatmentEn'))}</div>` +
    `<div class="facts"><div><span>${t('tax')}</span><b id="v-tax">${yen(x.taxYen)}</b></div>` +
    `<div><span>${t('dayType')}</span>${esc(x.dayType)}</div><div><span>${t('confidence')}</span>${conf(r.body.confidence)}</div></div>` +
    `<h2>${t('evidence')}</h2>` + (x.evidence.length === 0 ? `<p>${t('none')}</p>` :
      '<ul id="v-evidence">' + x.evidence.map((e) => `<li>${esc(words(e))}</li>`).join('') + '</ul>') +
    `<h2>${t('reasons')}</h2>${reasonsList(r.body.reasons)}</div>`;
}

// Booking -------------------------------------------------------------------------------------
// The bundled example: the settings of examples/data/booking/settings-example.json and a ledger of
// the requests a booking.book case made (every step done). Grid and request are checked against both.
async function bookingExample() {
  if (!state.booking) {
    const [settings, ledger] = await Promise.all([api('/explorer/examples/settings-example.json'),
      api('/explorer/examples/ledger-example.json')]);
    state.booking = { settings: settings.body, ledger: ledger.body };
  }
  return state.booking;
}

function plusDays(iso, n) {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

async function showGrid(event) {
  if (event) event.preventDefault();
  const example = await bookingExample();
  const from = $('kg-from').value;
  const c = { id: 'explorer', catalogue: 'nishi-kominkan-example', settings: example.settings, ledger: example.ledger,
    unit: $('kg-unit').value, from, to: plusDays(from, 6), at: $('kg-at').value };
  const r = await api('/v1/cases/booking.grid', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(c) });
  const room = $('kg-unit').selectedOptions[0].textContent;
  state.last.grid = () => drawGrid(r, room);
  state.last.grid();
}

function drawGrid(r, room) {
  const out = $('grid-out');
  if (r.status !== 200) { out.innerHTML = problemsCard(r.body); return; }
  const x = r.body.result;
  const seen = new Map();
  const head = `<tr><th>${t('gridDate')}</th>` + x.slots.map((s) => {
    const [start, end] = s.split('-');
    return `<th class="slot">${esc(start)}<br><small>${esc(end)}</small></th>`;
  }).join('') + '</tr>';
  const rows = x.days.map((d) => {
    const day = new Date(d.date + 'T00:00:00Z');
    const symbols = Array.from(d.symbols);
    const cells = d.marks.map((m, i) => {
      if (!seen.has(m)) seen.set(m, symbols[i]);
      const word = UI[lang]['mark.' + m] || m;
      return `<td class="mark ${esc(m)}"><button type="button" data-mark="${esc(m)}" data-date="${esc(d.date)}" ` +
        `data-slot="${esc(x.slots[i])}" title="${esc(d.date)} ${esc(x.slots[i])}: ${esc(word)}">` +
        `<span class="sym">${esc(symbols[i])}</span><span class="word">${esc(word)}</span></button></td>`;
    }).join('');
    return `<tr><th class="day">${day.getUTCMonth() + 1}/${day.getUTCDate()}` +
      `<small>${lang === 'ja' ? '（' + UI.ja.weekdays[day.getUTCDay()] + '）' : ' (' + UI.en.weekdays[day.getUTCDay()] + ')'}</small></th>${cells}</tr>`;
  }).join('');
  const legend = Array.from(seen).map(([m, sym]) => `<span class="mark ${esc(m)}"><b>${esc(sym)}</b> ${esc(UI[lang]['mark.' + m] || m)}</span>`).join('');
  out.innerHTML = `<div class="card"><h2>${esc(room)}　${esc(x.days[0].date)} 〜 ${esc(x.days[x.days.length - 1].date)}</h2>` +
    `<div class="scroll"><table id="avail" class="avail"><thead>${head}</thead><tbody>${rows}</tbody></table></div>` +
    `<p class="keys" id="avail-legend">${t('legend')}: ${legend}</p>${reasonsList(r.body.reasons)}</div>`;
}

// A cell of the grid: its room, day and slot are put in the request form and checked at once.
function pickCell(event) {
  const cell = event.target.closest('button[data-slot]');
  if (!cell) return;
  $('k-unit').value = $('kg-unit').value;
  $('k-date').value = cell.dataset.date;
  $('k-slots').value = cell.dataset.slot;
  $('k-at').value = $('kg-at').value;
  $('booking-form').requestSubmit();
}

async function checkBooking(event) {
  event.preventDefault();
  const example = await bookingExample();
  const c = { id: 'explorer', catalogue: 'nishi-kominkan-example', settings: example.settings, ledger: example.ledger,
    group: { id: 'K0001', name: $('k-group').value, class: 'GENERAL', validUntil: '2027-03-31' },
    unit: $('k-unit').value, date: $('k-date').value, slots: $('k-slots').value.split(',').map((s) => s.trim()).filter((s) => s),
    headcount: Number($('k-headcount').value), purpose: '会合', requestedAt: $('k-at').value };
  const r = await api('/v1/cases/booking.request', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(c) });
  state.last.booking = () => drawBooking(r);
  state.last.booking();
  $('booking-out').scrollIntoView({ block: 'nearest' });
}

function drawBooking(r) {
  const out = $('booking-out');
  if (r.status !== 200) { out.innerHTML = problemsCard(r.body); return; }
  const x = r.body.result;
  out.innerHTML = `<div class="card"><div class="big ${x.accepted ? 'ok' : 'bad'}" id="k-verdict">${x.accepted ? t('accepted') : t('refused')}</div>` +
    `<div class="facts"><div><span>${t('quota')}</span>${esc(x.quotaUnits)}</div><div><span>${t('ruleSet')}</span>${esc(x.ruleSet)}</div>` +
    (x.refusals.length > 0 ? `<div><span>${t('refusals')}</span><span id="k-refusals" class="id">${esc(x.refusals.join(', '))}</span></div>` : '') +
    (x.suggestedSplit ? `<div><span>${t('split')}</span>${esc(JSON.stringify(x.suggestedSplit))}</div>` : '') + '</div></div>' +
    `<div class="card"><h2>${t('reasons')}</h2><div id="k-reasons">${reasonsList(r.body.reasons)}</div><h2>${t('notApplied')}</h2>${reasonsList(r.body.notApplied)}</div>`;
}

// Wiring --------------------------------------------------------------------------------------
document.querySelectorAll('nav button').forEach((b) => b.addEventListener('click', () => showTab(b.dataset.tab)));
$('lang-ja').addEventListener('click', () => setLanguage('ja'));
$('lang-en').addEventListener('click', () => setLanguage('en'));
$('rules-q').addEventListener('input', drawRules);
$('figures-on').addEventListener('change', loadFigures);
$('bicycle-form').addEventListener('submit', assessBicycle);
$('golf-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const course = $('g-course').files[0]; const visits = $('g-visits').files[0];
  if (!course || !visits) { $('golf-out').innerHTML = `<div class="card problems">${t('pick')}</div>`; return; }
  auditGolf(course, visits);
});
$('g-example').addEventListener('click', auditExample);
$('booking-form').addEventListener('submit', checkBooking);
$('grid-form').addEventListener('submit', showGrid);
$('grid-out').addEventListener('click', pickCell);
// The grid is asked for the first time the Booking tab is opened.
document.querySelector("nav button[data-tab='booking']").addEventListener('click', () => { if (!state.last.grid) showGrid(); });
$('visit-form').addEventListener('submit', assessVisit);
showTab('rules');
Promise.all([loadRules(), loadFigures(), loadViolations()]).catch(() => {
  document.querySelector('main').insertAdjacentHTML('afterbegin', `<div class="card problems">${t('error')}</div>`);
});
