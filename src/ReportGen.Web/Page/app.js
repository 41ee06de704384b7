// The page of `reportgen serve`. Plain JavaScript, no build step: every label, key and rule comes from
// /api/format (the core's statutory format), every finding from /api/check (the core's `check`).
'use strict';

(() => {
  const DEBOUNCE_MS = 250;
  const state = { format: null, report: null, timer: 0, seq: 0, errors: 0, dirty: false, draftKey: '' };
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children) node.append(c);
    return node;
  }

  async function api(path, body) {
    const init = body === undefined ? { credentials: 'same-origin' }
      : { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    return fetch(path, init);
  }

  // ---- Drawing the official matrices from the format ----------------------------------------------

  const samePrefix = (a, b, level) => { for (let i = 0; i <= level; i++) if (a[i] !== b[i]) return false; return true; };

  // Header rows of merged cells over leaf columns, each leaf named by its path of group labels.
  function headerRows(paths, depth) {
    const rows = [];
    for (let level = 0; level < depth; level++) {
      const cells = [];
      for (let j = 0; j < paths.length; j++) {
        const p = paths[j];
        if (level >= p.length) continue;
        if (level === p.length - 1) { cells.push({ label: p[level], colspan: 1, rowspan: depth - level }); continue; }
        const joins = (q) => q.length - 1 > level && samePrefix(q, p, level);
        if (j > 0 && joins(paths[j - 1])) continue;
        let span = 1;
        while (j + span < paths.length && joins(paths[j + span])) span++;
        cells.push({ label: p[level], colspan: span, rowspan: 1 });
      }
      rows.push(cells);
    }
    return rows;
  }

  // Label cells down the left of each body row, merged where rows share a group.
  function rowLabelCells(paths, depth) {
    return paths.map((p, i) => {
      const cells = [];
      for (let level = 0; level < p.length; level++) {
        if (level === p.length - 1) { cells.push({ label: p[level], colspan: depth - level, rowspan: 1 }); continue; }
        const joins = (q) => q && q.length - 1 > level && samePrefix(q, p, level);
        if (i > 0 && joins(paths[i - 1])) continue;
        let span = 1;
        while (i + span < paths.length && joins(paths[i + span])) span++;
        cells.push({ label: p[level], colspan: 1, rowspan: span });
      }
      return cells;
    });
  }

  const th = (c, cls) => el('th', { class: cls, colspan: c.colspan > 1 ? c.colspan : null, rowspan: c.rowspan > 1 ? c.rowspan : null, scope: 'col', text: c.label });

  function figureCell(table, row, column, span) {
    const key = `${table.key}/${row.key}/${column.key}`;
    const isTotal = table.sums.some((s) => s.total === `${row.key}/${column.key}`);
    const input = el('input', {
      'data-cell': key, inputmode: column.isAmount ? 'decimal' : 'numeric', autocomplete: 'off', spellcheck: 'false',
      'aria-label': `${table.number} ${row.label} ${[...column.groups, column.label].join('/')}`,
    });
    return el('td', { class: isTotal ? 'total' : null, colspan: span > 1 ? span : null, 'data-cell': key }, input);
  }

  function drawMatrix(table) {
    const paths = table.columns.map((c) => [...c.groups, c.label]);
    const depth = Math.max(...paths.map((p) => p.length));
    const labelDepth = Math.max(...table.rows.map((r) => r.groups.length)) + 1;
    const thead = el('thead');
    headerRows(paths, depth).forEach((cells, level) => {
      const tr = el('tr');
      if (level === 0) {
        const corner = el('th', { colspan: labelDepth, rowspan: depth, text: table.rowHeaderLabel });
        if (table.cornerLabel) corner.append(el('span', { class: 'corner-note', text: table.cornerLabel }));
        tr.append(corner);
      }
      cells.forEach((c) => tr.append(th(c)));
      thead.append(tr);
    });
    const tbody = el('tbody');
    const labels = rowLabelCells(table.rows.map((r) => [...r.groups, r.label]), labelDepth);
    table.rows.forEach((row, i) => {
      const tr = el('tr', { 'data-row': row.key });
      labels[i].forEach((c) => tr.append(th(c, 'row-label')));
      table.columns.forEach((column) => tr.append(row.columns.includes(column.key) ? figureCell(table, row, column, 1) : el('td')));
      tbody.append(tr);
    });
    return el('table', { class: 'grid', 'data-table': table.key }, thead, tbody);
  }

  function drawBlocks(table) {
    const width = 1 + Math.max(...table.rows.map((r) => r.columns.length));
    const tbody = el('tbody');
    const column = (key) => table.columns.find((c) => c.key === key);
    let block = null;
    for (const row of table.rows) {
      const title = row.groups[0] || '';
      if (title !== block) {
        block = title;
        tbody.append(el('tr', {}, el('th', { class: 'block', colspan: width, text: title })));
        const header = el('tr', {}, el('th', { text: table.rowHeaderLabel }));
        row.columns.forEach((k, j) => header.append(th({ label: column(k).label, colspan: j === row.columns.length - 1 ? width - row.columns.length : 1, rowspan: 1 })));
        tbody.append(header);
      }
      const tr = el('tr', { 'data-row': row.key }, el('th', { class: 'row-label', text: row.label }));
      row.columns.forEach((k, j) => tr.append(figureCell(table, row, column(k), j === row.columns.length - 1 ? width - row.columns.length : 1)));
      tbody.append(tr);
    }
    return el('table', { class: 'grid', 'data-table': table.key }, tbody);
  }

  function drawFlat(table) {
    const leaves = [];
    for (const row of table.rows) {
      for (const key of row.columns) {
        const column = table.columns.find((c) => c.key === key);
        leaves.push({ row, column, path: [...row.groups, row.label, column.label] });
      }
    }
    const depth = Math.max(...leaves.map((l) => l.path.length));
    const thead = el('thead');
    headerRows(leaves.map((l) => l.path), depth).forEach((cells) => {
      const tr = el('tr');
      cells.forEach((c) => tr.append(th(c)));
      thead.append(tr);
    });
    const tr = el('tr', { 'data-row': '*' });
    leaves.forEach((l) => tr.append(figureCell(table, l.row, l.column, 1)));
    return el('table', { class: 'grid', 'data-table': table.key }, thead, el('tbody', {}, tr));
  }

  function drawTable(table) {
    const grid = table.layout === 'Matrix' ? drawMatrix(table) : table.layout === 'Blocks' ? drawBlocks(table) : drawFlat(table);
    return el('div', { class: 'statutory-table', 'data-table': table.key },
      el('div', { class: 'table-title', text: `${table.number} ${table.title}` }),
      el('div', { class: 'grid-wrap' }, grid),
      el('div', { class: 'place-findings', 'data-place': `table:${table.key}` }));
  }

  function drawReport() {
    const root = $('sections');
    for (const section of state.format.sections) {
      const part = el('section', { class: 'narrative', 'data-section': section.key },
        el('h2', { text: section.heading }),
        el('textarea', { 'data-section': section.key, 'aria-label': section.heading, placeholder: section.table ? '（可选）本节导语' : '本节内容' }),
        el('div', { class: 'place-findings', 'data-place': `section:${section.key}` }));
      const table = section.table && state.format.tables.find((t) => t.key === section.table);
      if (table) part.append(drawTable(table));
      root.append(part);
    }
  }

  // ---- The form: what the person typed, exactly ------------------------------------------------------

  const cellInputs = () => [...document.querySelectorAll('input[data-cell]')];

  function readForm() {
    const form = { metadata: {}, cells: {}, narratives: {} };
    document.querySelectorAll('[data-field]').forEach((i) => { form.metadata[i.dataset.field] = i.value; });
    cellInputs().forEach((i) => { form.cells[i.dataset.cell] = i.value; });
    document.querySelectorAll('textarea[data-section]').forEach((t) => { form.narratives[t.dataset.section] = t.value; });
    return form;
  }

  function fillForm(form) {
    document.querySelectorAll('[data-field]').forEach((i) => { i.value = form.metadata[i.dataset.field] || ''; });
    cellInputs().forEach((i) => { i.value = form.cells[i.dataset.cell] ?? ''; });
    document.querySelectorAll('textarea[data-section]').forEach((t) => { t.value = form.narratives[t.dataset.section] ?? ''; });
    computeTotals();
  }

  // 总计 left blank is computed from its parts (as the CLI does); the page shows that sum in the blank cell.
  function computeTotals() {
    for (const table of state.format.tables) {
      const input = (k) => document.querySelector(`input[data-cell="${table.key}/${k}"]`);
      const value = new Map();
      for (const i of document.querySelectorAll(`input[data-cell^="${table.key}/"]`)) {
        const text = i.value.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xFEE0)).replace(/,/g, '');
        const key = i.dataset.cell.slice(table.key.length + 1);
        if (text === '' || text === '/' || text === '-' || text === '—') value.set(key, table.sums.some((s) => s.total === key) ? undefined : 0);
        else value.set(key, /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN);
      }
      let progress = true;
      while (progress) {
        progress = false;
        for (const sum of table.sums) {
          if (value.get(sum.total) !== undefined) continue;
          const parts = sum.parts.map((p) => value.get(p));
          if (parts.some((p) => p === undefined || Number.isNaN(p))) continue;
          value.set(sum.total, parts.reduce((a, b) => a + b, 0));
          progress = true;
        }
      }
      for (const sum of table.sums) {
        const i = input(sum.total);
        if (!i) continue;
        const computed = i.value.trim() === '' ? value.get(sum.total) : undefined;
        i.placeholder = computed === undefined || Number.isNaN(computed) ? '' : String(+computed.toFixed(4));
        i.title = i.value.trim() === '' ? '留空时为各分项之和（灰色数字）；也可直接填写，将核对是否相符' : '';
      }
    }
  }

  // ---- Findings --------------------------------------------------------------------------------------

  function target(f) {
    if (f.section) return document.querySelector(`textarea[data-section="${f.section}"]`);
    if (f.cell) return document.querySelector(`input[data-cell="${f.cell}"]`);
    if (f.metadata) return $('meta-agency');
    if (f.table) return document.querySelector(`.statutory-table[data-table="${f.table}"]`);
    return null;
  }

  function findingNode(tag, f, withPlace) {
    const node = el(tag, { class: `finding ${f.severity}`, 'data-rule': f.rule, 'data-cell': f.cell && !f.section ? f.cell : null, 'data-severity': f.severity },
      el('span', { class: 'rule', text: `${f.severity === 'error' ? '错误' : '警告'} ${f.rule}` }),
      el('span', { class: 'message', text: `${f.message}。` }),
      el('span', { class: 'hint-text', text: f.hint }));
    if (withPlace && f.place) node.append(el('span', { class: 'place', text: f.place }));
    return node;
  }

  function showFindings(check) {
    state.errors = check.errors;
    document.querySelectorAll('td.has-error, td.has-warning').forEach((td) => td.classList.remove('has-error', 'has-warning'));
    document.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
    document.querySelectorAll('.bubble, .place-findings > *').forEach((n) => n.remove());

    const list = $('findings');
    list.replaceChildren();
    for (const f of check.findings) {
      const item = findingNode('li', f, true);
      item.addEventListener('click', () => {
        const t = target(f);
        if (t) { t.scrollIntoView({ block: 'center' }); if (t.focus) t.focus(); }
      });
      list.append(item);
      if (f.cell && !f.section) {
        const td = document.querySelector(`td[data-cell="${f.cell}"]`);
        if (td) {
          td.classList.add(f.severity === 'error' || td.classList.contains('has-error') ? 'has-error' : 'has-warning');
          if (f.severity === 'error') td.querySelector('input').setAttribute('aria-invalid', 'true');
          let bubble = td.querySelector('.bubble');
          if (!bubble) { bubble = el('div', { class: `bubble ${f.severity}`, role: 'note' }); td.append(bubble); }
          bubble.append(findingNode('div', f, false));
          continue;
        }
      }
      const place = f.section ? `section:${f.section}` : f.metadata ? 'metadata' : f.table ? `table:${f.table}` : null;
      const box = place && document.querySelector(`.place-findings[data-place="${place}"]`);
      if (box) box.append(findingNode('div', f, false));
      if (f.severity === 'error' && f.section) document.querySelector(`textarea[data-section="${f.section}"]`).setAttribute('aria-invalid', 'true');
    }
    if (check.findings.length === 0) list.append(el('li', { class: 'empty', text: '没有发现问题。' }));

    const summary = $('summary');
    summary.textContent = `${check.errors} 个错误，${check.warnings} 个警告`;
    summary.className = `summary ${check.errors > 0 ? 'has-errors' : 'clean'}`;
    document.querySelectorAll('button[data-format]').forEach((b) => {
      b.disabled = check.errors > 0;
      b.title = check.errors > 0 ? `仍有 ${check.errors} 个错误，全部修正后才能生成` : '';
    });
  }

  async function check() {
    const seq = ++state.seq;
    const started = performance.now();
    const response = await api('/api/check', readForm());
    if (seq !== state.seq) return;
    if (!response.ok) { notice(await problemOf(response), 'bad'); return; }
    showFindings(await response.json());
    // From the end of the debounce to the frame that shows the findings: read by the browser test and
    // by bench/ReportGen.Benchmarks page-latency (target: 100 ms).
    requestAnimationFrame(() => {
      document.body.dataset.checkMs = (performance.now() - started).toFixed(1);
      document.body.dataset.checks = String(seq);
    });
  }

  function changed() {
    state.dirty = true;
    computeTotals();
    keepDraft();
    clearTimeout(state.timer);
    state.timer = setTimeout(check, DEBOUNCE_MS);
  }

  // ---- Draft: what was typed survives a closed tab or a crash ------------------------------------

  function keepDraft() {
    try { localStorage.setItem(state.draftKey, JSON.stringify({ savedAt: new Date().toISOString(), form: readForm() })); } catch { /* full or disabled: the page still works */ }
  }

  // The browser's copy belongs to this port; the server keeps one too (found by the folder's path), so a
  // draft also survives a crash after which the page comes back on another port. The newer one is offered.
  function offerDraft(serverForm, kept) {
    let draft = null;
    try { draft = JSON.parse(localStorage.getItem(state.draftKey) || 'null'); } catch { draft = null; }
    if (draft && draft.form && JSON.stringify(draft.form) === JSON.stringify(serverForm)) draft = null;
    if (kept && (!draft || !draft.form || new Date(kept.savedAt) > new Date(draft.savedAt))) draft = kept;
    if (!draft || !draft.form) return;
    $('draft-text').textContent = `发现 ${new Date(draft.savedAt).toLocaleString('zh-CN')} 未保存的草稿（与文件夹中的内容不同）。`;
    $('draft').hidden = false;
    $('draft-restore').onclick = () => { fillForm(draft.form); $('draft').hidden = true; state.dirty = true; check(); };
    $('draft-discard').onclick = () => { localStorage.removeItem(state.draftKey); api('/api/draft/discard', {}); $('draft').hidden = true; };
  }

  // ---- Save and build ----------------------------------------------------------------------------------

  function notice(text, kind) {
    const n = $('notice');
    n.textContent = text;
    n.className = `banner ${kind || ''}`;
    n.hidden = false;
  }

  async function problemOf(response) {
    try { const body = await response.json(); return body.problem || `请求失败（${response.status}）`; } catch { return `请求失败（${response.status}）`; }
  }

  async function save() {
    const response = await api('/api/save', readForm());
    if (!response.ok) { notice(await problemOf(response), 'bad'); return false; }
    const result = await response.json();
    showFindings(result.check);
    if (!result.saved) { notice(result.problem, 'bad'); return false; }
    state.dirty = false;
    localStorage.removeItem(state.draftKey);
    notice(`已保存到 ${state.report.folder}（${new Date().toLocaleTimeString('zh-CN')}）`, 'ok');
    return true;
  }

  async function build(format, button) {
    button.disabled = true;
    try {
      const response = await api(`/api/build/${format}`, readForm());
      const type = response.headers.get('Content-Type') || '';
      if (!response.ok || type.startsWith('application/json')) {
        const body = await response.json().catch(() => ({}));
        if (body.check) showFindings(body.check);
        notice(body.problem || `生成失败（${response.status}）`, 'bad');
        return;
      }
      state.dirty = false;
      localStorage.removeItem(state.draftKey);
      const name = decodeURIComponent((/filename\*=UTF-8''([^;]+)/.exec(response.headers.get('Content-Disposition') || '') || [])[1] || `report.${format}`);
      const url = URL.createObjectURL(await response.blob());
      const link = el('a', { href: url, download: name });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      notice(`已保存并生成 ${name}（已下载，并保存在报告文件夹旁）`, 'ok');
      document.body.dataset.built = name;
    } finally {
      button.disabled = state.errors > 0;
    }
  }

  // ---- Keys: Tab and Enter as in a spreadsheet; a pasted row fills the row --------------------------------

  function move(input, down) {
    const inputs = cellInputs().filter((i) => i.closest('table') === input.closest('table'));
    const column = input.dataset.cell.split('/')[2];
    const at = inputs.indexOf(input);
    const row = input.closest('tr');
    const candidates = down ? inputs.slice(at + 1) : inputs.slice(0, at).reverse();
    const next = candidates.find((i) => i.closest('tr') !== row && i.dataset.cell.split('/')[2] === column) || candidates[0];
    if (next) { next.focus(); next.select(); }
  }

  function paste(event) {
    const input = event.target;
    const text = (event.clipboardData || window.clipboardData).getData('text/plain');
    if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
    event.preventDefault();
    const lines = text.replace(/\r/g, '').replace(/\n$/, '').split('\n');
    const rows = [...input.closest('tbody').querySelectorAll('tr')].filter((tr) => tr.querySelector('input[data-cell]'));
    const firstRow = rows.indexOf(input.closest('tr'));
    const offset = [...input.closest('tr').querySelectorAll('input[data-cell]')].indexOf(input);
    lines.forEach((line, n) => {
      const tr = rows[firstRow + n];
      if (!tr) return;
      const inputs = [...tr.querySelectorAll('input[data-cell]')].slice(offset);
      line.split('\t').forEach((value, k) => { if (inputs[k]) inputs[k].value = value.trim(); });
    });
    changed();
  }

  function wire() {
    document.addEventListener('input', (e) => { if (e.target.matches('input, textarea')) changed(); });
    document.addEventListener('keydown', (e) => {
      const t = e.target;
      if (!t.matches || !t.matches('input[data-cell]')) return;
      if (e.key === 'Enter' || e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        move(t, e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey));
      }
    });
    document.addEventListener('paste', (e) => { if (e.target.matches && e.target.matches('input[data-cell]')) paste(e); });
    document.addEventListener('focusin', (e) => { if (e.target.matches && e.target.matches('input[data-cell]')) e.target.select(); });
    $('save').addEventListener('click', save);
    window.addEventListener('beforeunload', (e) => { if (state.dirty) { keepDraft(); e.preventDefault(); } });
  }

  // ---- Started without a folder (a double-click): the person opens or creates one here ------------------

  async function pickerList(path) {
    const response = await api(`/api/folders${path ? `?path=${encodeURIComponent(path)}` : ''}`);
    const body = await response.json().catch(() => ({}));
    if (!response.ok) { notice(body.problem || `无法列出文件夹（${response.status}）`, 'bad'); return; }
    $('notice').hidden = true;
    state.pickerPath = body.path;
    $('picker-path-input').value = body.path;
    const list = $('picker-list');
    list.replaceChildren();
    const entry = (label, path, isReport, cls) => {
      const link = el('a', { text: label, 'data-path': path });
      link.addEventListener('click', () => pickerList(path));
      const li = el('li', { class: cls || (isReport ? 'report' : null) }, el('span', {}, link, isReport ? el('span', { class: 'tag', text: '报告文件夹' }) : ''));
      if (isReport) {
        const open = el('button', { type: 'button', text: '打开', 'data-open': path });
        open.addEventListener('click', () => pickerChoose('/api/open', { path }));
        li.append(open);
      }
      return li;
    };
    if (body.parent) list.append(entry('↑ 上一级', body.parent, false, 'up'));
    body.folders.forEach((f) => list.append(entry(f.name, f.path, f.isReport)));
    if (body.truncated) list.append(el('li', { text: '（文件夹过多，只列出前一部分；可在上面输入路径）' }));
    if (body.folders.length === 0) list.append(el('li', { class: 'empty', text: '（此处没有子文件夹）' }));
  }

  async function pickerChoose(path, choice) {
    const response = await api(path, { path: '', name: '', agency: '', year: '', ...choice });
    const body = await response.json().catch(() => ({}));
    if (!response.ok || !body.folder) { notice(body.problem || `操作失败（${response.status}）`, 'bad'); return; }
    // The same page, now serving the chosen folder: drawn as if started with it.
    location.reload();
  }

  function showPicker(session) {
    $('layout').hidden = true;
    $('save').hidden = true;
    $('folder').textContent = '（尚未选择，请在下面打开或新建）';
    $('picker').hidden = false;
    for (const place of session.places) {
      const b = el('button', { type: 'button', text: place.label, title: place.path });
      b.addEventListener('click', () => pickerList(place.path));
      $('places').append(b);
    }
    $('picker-path').addEventListener('submit', (e) => { e.preventDefault(); pickerList($('picker-path-input').value.trim()); });
    $('picker-open').addEventListener('click', () => pickerChoose('/api/open', { path: $('picker-path-input').value.trim() }));
    $('picker-create').addEventListener('submit', (e) => {
      e.preventDefault();
      pickerChoose('/api/create', { path: state.pickerPath || '', name: $('create-name').value, agency: $('create-agency').value, year: $('create-year').value });
    });
    pickerList(session.places.length ? session.places[0].path : '');
    document.body.dataset.ready = 'picker';
  }

  // ---- The program's life: a double-clicked server ends once no page asks for a while ---------------------

  function keepAlive() {
    setInterval(() => { api('/api/alive').catch(() => {}); }, 30000);
    $('quit').addEventListener('click', async () => {
      if (state.dirty) keepDraft();
      await api('/api/quit', {}).catch(() => {});
      notice('ReportGen 已关闭，可以关闭此页。未保存的内容保留在本浏览器中，下次打开同一文件夹时可恢复。', 'ok');
      document.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    });
  }

  async function start() {
    const [format, session] = await Promise.all([api('/api/format'), api('/api/session')]);
    if (!format.ok || !session.ok) { notice(`无法读取报告（${session.status}）。请用 reportgen serve 打印的网址重新打开本页。`, 'bad'); return; }
    state.format = await format.json();
    state.session = await session.json();
    keepAlive();
    if (!state.session.folder) { showPicker(state.session); return; }
    const report = await api('/api/report');
    if (!report.ok) { notice(await problemOf(report), 'bad'); return; }
    state.report = await report.json();
    state.draftKey = `reportgen-draft:${state.report.draft}`;
    $('folder').textContent = state.report.folder;
    drawReport();
    const labels = { docx: '生成 Word', pdf: '生成 PDF', html: '生成 HTML' };
    for (const f of state.report.formats) {
      const b = el('button', { type: 'button', 'data-format': f, id: `build-${f}`, text: labels[f] || `生成 ${f}` });
      b.addEventListener('click', () => build(f, b));
      $('build-buttons').append(b);
    }
    fillForm(state.report.form);
    showFindings(state.report.check);
    wire();
    offerDraft(state.report.form, state.report.kept);
    document.body.dataset.ready = 'true';
  }

  start();
})();
