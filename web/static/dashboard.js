// The supervisor dashboard (/dashboard): a static file, so the CSP needs no inline code.
"use strict";
const T = {
  es: { title:"Supervisión de campo", offline:"sin conexión", live:"en vivo", logout:"Salir", login:"Iniciar sesión", user:"Usuario", password:"Contraseña", enter:"Entrar",
        overview:"Resumen", villages:"Avance por comunidad", forms:"Por formulario", days:"Entrevistas por día", enumerators:"Por encuestador", devices:"Estado de las tabletas",
        syncs:"Sincronizaciones recientes", queues:"Colas", quality:"Alertas de calidad", collected:"Recolectadas", target:"Meta", approved:"Aprobadas", has_issues:"Con observaciones",
        rejected:"Rechazadas", received:"Por revisar", village:"Comunidad", village_form:"Comunidad · formulario", form:"Formulario", progress:"Avance", assigned:"Asignados", enumerator:"Encuestador", last_sync:"Última sincronización",
        duration:"Duración media", median:"Mediana", answered:"Respondidas", refused:"Se negó", dont_know:"No sabe", not_asked:"No preguntadas", device:"Tableta", silent:"silenciosa",
        lag:"Demora de llegada", skew:"Desfase del reloj", failed:"Fallidas", pending:"Archivos pendientes", items:"Ítems", when:"Cuándo", conflicts:"Conflictos abiertos",
        quarantine:"En cuarentena", none:"Nada por ahora.", bad_login:"Usuario o contraseña incorrectos.", minutes:"min", never:"nunca", days_ago:"días", flag:"Alerta", lang:"English",
        scroll_hint:"Deslice la tabla hacia la izquierda para ver más columnas →", open_interview:"Abrir la entrevista", error:"No se pudo cargar. Vuelva a intentarlo.",
        "kind.short_interview":"Entrevista corta", "kind.uniform_answers":"Respuestas muy parecidas", "kind.clock":"Hora de la tableta dudosa", "kind.many_dont_know":"Muchos «no sabe»", "kind.other":"Alerta",
        "reason.form.unknown":"Formulario desconocido", "reason.form.version_unknown":"Versión no publicada", "reason.form.closed":"Formulario cerrado", "reason.answer.invalid":"Respuestas que no encajan", "reason.other":"Otro motivo",
        all_interviews:"todas sus entrevistas" },
  en: { title:"Fieldwork supervision", offline:"offline", live:"live", logout:"Log out", login:"Log in", user:"Username", password:"Password", enter:"Log in",
        overview:"Overview", villages:"Progress by community", forms:"By form", days:"Interviews per day", enumerators:"By enumerator", devices:"Tablet health",
        syncs:"Recent syncs", queues:"Queues", quality:"Quality flags", collected:"Collected", target:"Target", approved:"Approved", has_issues:"Has issues",
        rejected:"Rejected", received:"To review", village:"Community", village_form:"Community · form", form:"Form", progress:"Progress", assigned:"Assigned", enumerator:"Enumerator", last_sync:"Last sync",
        duration:"Mean duration", median:"Median", answered:"Answered", refused:"Refused", dont_know:"Don't know", not_asked:"Not asked", device:"Tablet", silent:"silent",
        lag:"Arrival lag", skew:"Clock skew", failed:"Failed", pending:"Pending files", items:"Items", when:"When", conflicts:"Open conflicts",
        quarantine:"Quarantined", none:"Nothing for now.", bad_login:"Wrong username or password.", minutes:"min", never:"never", days_ago:"days", flag:"Flag", lang:"Español",
        scroll_hint:"Swipe the table left to see more columns →", open_interview:"Open the interview", error:"Could not load. Please try again.",
        "kind.short_interview":"Short interview", "kind.uniform_answers":"Very similar answers", "kind.clock":"Doubtful tablet time", "kind.many_dont_know":"Many \"don't know\"", "kind.other":"Flag",
        "reason.form.unknown":"Unknown form", "reason.form.version_unknown":"Unpublished version", "reason.form.closed":"Closed form", "reason.answer.invalid":"Answers that do not fit", "reason.other":"Other reason",
        all_interviews:"all their interviews" },
};
let lang = localStorage.getItem("chasqui.lang") || "es";
const S = { token: sessionStorage.getItem("chasqui.token"), study: sessionStorage.getItem("chasqui.study"), summary: null, devices: null, quality: null, source: null };
const $ = (id) => document.getElementById(id);
const t = (k) => T[lang][k] || k;
const esc = (v) => String(v ?? "").replace(/[&<>"']/g, (c) => ({ "&":"&amp;", "<":"&lt;", ">":"&gt;", '"':"&quot;", "'":"&#39;" })[c]);
const pct = (v) => v == null ? "–" : Math.round(v * 100) + "%";
const mins = (s) => s == null ? "–" : Math.round(s / 60) + " " + t("minutes");
const zone = () => (S.summary && S.summary.time_zone) || "America/Lima";  // the study's days and hours
const when = (iso) => iso ? new Date(iso).toLocaleString(lang === "es" ? "es-PE" : "en-GB", { dateStyle: "short", timeStyle: "short", timeZone: zone() }) : t("never");
const place = (slug) => ((S.summary && S.summary.villages.find((v) => v.village === slug)) || {}).name || slug;
const hours = (s) => s == null ? "–" : (s / 3600).toFixed(1) + " h";
const title = (formId) => ((S.summary && S.summary.forms.find((f) => f.form_id === formId)) || {}).title || formId;
const label = (prefix, code) => T[lang][prefix + "." + code] || T[lang][prefix + ".other"];
const day = (iso) => iso ? new Date(iso + "T12:00:00").toLocaleDateString(lang === "es" ? "es-PE" : "en-GB", { day: "numeric", month: "short", year: "numeric" }) : "";
function markOverflow() {
  document.querySelectorAll(".scroll").forEach((el) => el.classList.toggle("overflowing", el.scrollWidth > el.clientWidth + 1));
}
window.addEventListener("resize", markOverflow);

function bar(done, target) {
  if (!target) return `<span class="muted">${done}</span>`;
  const w = Math.min(100, Math.round(100 * done / target));
  return `<div class="bar${done >= target ? " done" : ""}" title="${done}/${target}"><span style="width:${w}%"></span></div>`;
}
function rows(el, head, body) {
  $(el).innerHTML = `<thead><tr>${head.map((h) => `<th>${esc(t(h))}</th>`).join("")}</tr></thead><tbody>${body.join("") || `<tr><td colspan="${head.length}" class="muted">${t("none")}</td></tr>`}</tbody>`;
}
async function api(path, options = {}) {
  const headers = Object.assign({ "Authorization": "Bearer " + S.token }, options.headers || {});
  const response = await fetch(path, Object.assign({}, options, { headers }));
  if (response.status === 401) { logout(); throw new Error("unauthenticated"); }
  if (!response.ok) throw new Error(path + " " + response.status);
  return response.json();
}

function renderSummary() {
  const s = S.summary; if (!s) return;
  const k = s.totals;
  $("kpis").innerHTML = [["collected", `${k.collected}${k.target ? " / " + k.target : ""}`], ["received", k.received], ["approved", k.approved], ["has_issues", k.has_issues], ["rejected", k.rejected],
    ["conflicts", s.queues.open_conflicts], ["quarantine", s.queues.open_quarantine]]
    .map(([key, v]) => `<div class="kpi" data-kpi="${key}"><b>${esc(v)}</b><small>${esc(t(key))}</small></div>`).join("");
  // Community and form share the first cell, so both stay in view on a phone.
  rows("villages", ["village_form", "collected", "target", "progress", "approved", "has_issues", "assigned"],
    s.villages.flatMap((v) => v.forms.map((f) => `<tr data-village="${esc(v.village)}" data-form="${esc(f.form_id)}"><td class="key"><b>${esc(v.name)}</b><br><small>${esc(title(f.form_id))}</small></td><td class="n collected">${f.collected}</td><td class="n">${f.target ?? "–"}</td><td>${bar(f.collected, f.target)}</td><td class="n">${f.approved}</td><td class="n">${f.has_issues}</td><td>${esc(v.assigned.join(", "))}</td></tr>`)));
  rows("forms", ["form", "collected", "target", "progress", "median", "answered", "refused", "dont_know"],
    s.forms.map((f) => `<tr data-form="${esc(f.form_id)}"><td>${esc(f.title || f.form_id)}</td><td class="n">${f.collected}</td><td class="n">${f.target ?? "–"}</td><td>${bar(f.collected, f.target)}</td><td class="n">${mins(f.median_duration_s)}</td><td class="n">${pct(f.completeness.answered)}</td><td class="n">${pct(f.completeness.refused)}</td><td class="n">${pct(f.completeness.dont_know)}</td></tr>`));
  rows("enumerators", ["enumerator", "village", "collected", "approved", "has_issues", "rejected", "duration", "answered", "dont_know", "last_sync"],
    s.enumerators.map((e) => `<tr data-enumerator="${esc(e.username)}"><td>${esc(e.display_name || e.username)}</td><td>${esc(e.villages.map(place).join(", "))}</td><td class="n">${e.total.collected}</td><td class="n">${e.total.approved}</td><td class="n">${e.total.has_issues}</td><td class="n">${e.total.rejected}</td><td class="n">${mins(e.mean_duration_s)}</td><td class="n">${pct(e.completeness.answered)}</td><td class="n">${pct(e.completeness.dont_know)}</td><td>${when(e.last_sync_at)}</td></tr>`));
  renderDays(s.days);
  const slug = encodeURIComponent(s.study);
  $("queues").innerHTML = `<p><a id="conflicts-link" href="/app/${slug}/conflicts">${t("conflicts")}</a>: <b>${s.queues.open_conflicts}</b></p><p><a id="quarantine-link" href="/app/${slug}/quarantine">${t("quarantine")}</a>: <b>${s.queues.open_quarantine}</b></p>` +
    Object.entries(s.queues.quarantine_by_reason).map(([r, n]) => `<span class="pill warn" data-reason="${esc(r)}">${esc(label("reason", r))}: ${n}</span> `).join("");
  markOverflow();
}
function renderDays(days) {
  if (!days.length) { $("days").innerHTML = `<p class="muted">${t("none")}</p>`; return; }
  const max = Math.max(...days.map((d) => d.count)), w = 100 / days.length;
  const bars = days.map((d, i) => { const h = 90 * d.count / max; return `<rect x="${i * w + w * 0.1}" y="${100 - h}" width="${w * 0.8}" height="${h}" fill="#2b6cb0"><title>${esc(day(d.day))}: ${d.count}</title></rect>`; }).join("");
  $("days").innerHTML = `<svg class="days" viewBox="0 0 100 100" preserveAspectRatio="none" role="img" aria-label="${t("days")}">${bars}</svg><p class="muted">${esc(day(days[0].day))} – ${esc(day(days[days.length - 1].day))} · max ${max}</p>`;
}
function renderDevices() {
  const r = S.devices; if (!r) return;
  rows("devices", ["device", "enumerator", "last_sync", "lag", "skew", "failed", "pending"],
    r.devices.map((d) => `<tr><td>${esc(d.label)} ${d.is_silent ? `<span class="pill bad">${t("silent")} ${Math.floor(d.days_silent)} ${t("days_ago")}</span>` : ""}</td><td>${esc(d.enumerator)}</td><td>${when(d.last_sync_at)}</td><td class="n">${hours(d.mean_lag_s)}</td><td class="n">${d.last_clock_offset_s == null ? "–" : Math.round(d.last_clock_offset_s) + " s"}</td><td class="n">${d.failed_syncs ? `<span class="pill warn">${d.failed_syncs}</span>` : 0}</td><td class="n">${d.awaiting_attachments + d.open_uploads}</td></tr>`));
  rows("syncs", ["when", "enumerator", "items", "device"],
    r.syncs.map((b) => `<tr><td>${when(b.received_at)}</td><td>${esc(b.enumerator)}</td><td class="n">${b.items} ${b.is_partial ? `<span class="pill warn">!</span>` : ""}</td><td>${esc(b.device_label)}</td></tr>`));
  markOverflow();
}
function renderQuality() {
  const q = S.quality; if (!q) return;
  const slug = encodeURIComponent(S.study);
  $("quality").innerHTML = q.flags.map((f) => {
    const where = [f.village_name || f.village, f.enumerator, title(f.form_id), f.instance_id ? day(f.day) : t("all_interviews")].filter(Boolean).map(esc).join(" · ");
    const open = f.instance_id ? ` <a class="open" href="/app/${slug}/interviews/${encodeURIComponent(f.instance_id)}">${esc(t("open_interview"))}</a>` : "";
    return `<li data-kind="${esc(f.kind)}"${f.instance_id ? ` data-instance="${esc(f.instance_id)}"` : ""}><span class="pill warn">${esc(label("kind", f.kind))}</span><p class="what">${esc(f.message[lang] || f.message.es)}</p><p class="where">${where}${open}</p></li>`;
  }).join("") || `<li class="muted">${esc(t("none"))}</li>`;
}
function applyLang() {
  document.documentElement.lang = lang;
  document.querySelectorAll("[data-t]").forEach((el) => { el.textContent = t(el.dataset.t); });
  document.querySelectorAll("[data-tp]").forEach((el) => { el.placeholder = t(el.dataset.tp); });
  $("lang").textContent = t("lang");
  $("live").textContent = t(S.source ? "live" : "offline");
  renderSummary(); renderDevices(); renderQuality();
}

async function loadSide() {
  const base = `/api/v1/studies/${encodeURIComponent(S.study)}/progress`;
  [S.devices, S.quality] = await Promise.all([api(base + "/devices"), api(base + "/quality")]);
  renderDevices(); renderQuality();
}
async function connect() {
  if (S.source) S.source.close();
  S.source = null;
  const ticket = await api(`/api/v1/studies/${encodeURIComponent(S.study)}/progress/stream-ticket`, { method: "POST" });
  const source = new EventSource(ticket.url);
  S.source = source;
  let first = true;
  source.addEventListener("progress", (event) => {
    S.summary = JSON.parse(event.data); renderSummary();
    $("live").classList.add("on"); $("live").textContent = t("live");
    if (!first) loadSide().catch(() => {});
    first = false;
  });
  const reconnect = () => { source.close(); $("live").classList.remove("on"); $("live").textContent = t("offline"); if (S.source === source) { S.source = null; setTimeout(() => connect().catch(() => {}), 3000); } };
  source.addEventListener("end", reconnect);
  source.onerror = reconnect;  // a ticket works once: the browser's own retry would be refused
}
async function openStudy(slug) {
  S.study = slug; sessionStorage.setItem("chasqui.study", slug);
  S.summary = await api(`/api/v1/studies/${encodeURIComponent(slug)}/progress`);
  renderSummary();
  await loadSide();
  await connect();
}
async function start() {
  $("login").classList.add("hidden"); $("app").classList.remove("hidden"); $("logout").classList.remove("hidden");
  const studies = (await api("/api/v1/studies")).filter((s) => s.role !== "enumerator");
  $("study").innerHTML = studies.map((s) => `<option value="${esc(s.slug)}">${esc(s.name)}</option>`).join("");
  $("study").classList.toggle("hidden", studies.length < 2);
  if (!studies.length) return;
  const slug = studies.some((s) => s.slug === S.study) ? S.study : studies[0].slug;
  $("study").value = slug;
  await openStudy(slug);
}
function logout() {
  if (S.source) S.source.close();
  S.source = null; S.token = null; sessionStorage.removeItem("chasqui.token");
  $("app").classList.add("hidden"); $("logout").classList.add("hidden"); $("login").classList.remove("hidden");
}
$("login").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("login-error").textContent = "";
  const response = await fetch("/api/v1/auth/login", { method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: $("username").value, password: $("password").value }) });
  if (!response.ok) { $("login-error").textContent = t("bad_login"); return; }
  const body = await response.json();
  S.token = body.token || body.access_token; sessionStorage.setItem("chasqui.token", S.token);
  start().catch(() => { $("login-error").textContent = t("error"); });
});
$("study").addEventListener("change", (e) => openStudy(e.target.value));
$("lang").addEventListener("click", () => { lang = lang === "es" ? "en" : "es"; localStorage.setItem("chasqui.lang", lang); applyLang(); });
$("logout").addEventListener("click", logout);
applyLang();
if (S.token) start().catch(() => logout()); else logout();
