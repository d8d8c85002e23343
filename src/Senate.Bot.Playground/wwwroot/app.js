// Senate.Bot playground: a web chat with the bot through the local Bot API's /local endpoints.
// Plain JavaScript, no dependencies, works offline.
"use strict";

const ATYRAU = "47.1164, 51.8833";

const state = {
  config: null,
  users: [],
  user: null,          // the person acting
  chatId: null,        // the chat shown (the user's private chat or the staff group)
  messages: new Map(), // messageId -> message view, current state
  sequence: 0,
  poll: null,          // AbortController of the running long poll
  replyTo: null,       // message id to reply to (staff chat)
};

const $ = (id) => document.getElementById(id);

async function api(path, options = {}) {
  const response = await fetch(path, options);
  const body = response.headers.get("content-type")?.includes("json") ? await response.json() : null;
  if (!response.ok) {
    throw new Error(body?.error ?? `${response.status} ${response.statusText}`);
  }
  return body;
}

function postJson(path, body) {
  return api(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

// ---- people and chats -------------------------------------------------------------------------------

async function start() {
  state.config = await api("/local/config");
  const bot = state.config.bot;
  $("bot-name").textContent = bot.name;
  $("bot-username").textContent = "@" + bot.username;
  document.title = `${bot.name} — playground`;
  state.users = [...state.config.users];

  const query = new URLSearchParams(location.search);
  const adminId = Number(query.get("admin"));
  if (adminId > 0 && !state.users.some((u) => u.id === adminId)) {
    const admin = { id: adminId, firstName: query.get("name") || "Admin", languageCode: query.get("lang") || "ru", isAdmin: true };
    await postJson("/local/users", { id: admin.id, firstName: admin.firstName, languageCode: admin.languageCode });
    state.users.push(admin);
  }

  const who = $("who");
  for (const user of state.users) {
    const option = document.createElement("option");
    option.value = String(user.id);
    const lang = user.languageCode ? ` · ${user.languageCode}` : "";
    option.textContent = `${user.firstName}${lang}${user.isAdmin ? " · admin" : ""} (${user.id})`;
    who.append(option);
  }

  const wanted = Number(query.get("user")) || (adminId > 0 && query.has("asAdmin") ? adminId : 0);
  const initial = state.users.find((u) => u.id === wanted) ?? state.users[0];
  who.value = String(initial.id);
  who.addEventListener("change", () => selectUser(Number(who.value)));

  if (state.config.staffChat) {
    $("tab-staff").hidden = false;
    $("tab-staff").textContent = state.config.staffChat.title;
  }
  $("tab-private").addEventListener("click", () => showChat(state.user.id));
  $("tab-staff").addEventListener("click", () => showChat(state.config.staffChat.id));

  selectUser(initial.id);
}

function selectUser(id) {
  state.user = state.users.find((u) => u.id === id);
  const query = new URLSearchParams(location.search);
  query.set("user", String(id));
  history.replaceState(null, "", "?" + query);
  showChat(state.chatId !== null && state.chatId < 0 ? state.chatId : id);
}

function showChat(chatId) {
  state.chatId = chatId;
  state.messages.clear();
  state.sequence = 0;
  state.replyTo = null;
  $("tab-private").classList.toggle("active", chatId > 0);
  $("tab-staff").classList.toggle("active", chatId < 0);
  $("replying").hidden = true;
  render();
  listen();
}

// ---- reading the chat -------------------------------------------------------------------------------

async function listen() {
  state.poll?.abort();
  const controller = new AbortController();
  state.poll = controller;
  const chatId = state.chatId;
  let wait = 0;
  while (!controller.signal.aborted) {
    try {
      const result = await api(`/local/chats/${chatId}/messages?after=${state.sequence}&wait=${wait}`, { signal: controller.signal });
      if (controller.signal.aborted || chatId !== state.chatId) return;
      for (const message of result.messages) state.messages.set(message.messageId, message);
      state.sequence = Math.max(state.sequence, result.sequence);
      if (result.messages.length > 0 || wait === 0) render();
      wait = 25;
    } catch (error) {
      if (controller.signal.aborted) return;
      showError(error.message);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

// ---- rendering --------------------------------------------------------------------------------------

function render() {
  const transcript = $("transcript");
  const atBottom = transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight < 80;
  transcript.replaceChildren();
  const messages = [...state.messages.values()].sort((a, b) => a.messageId - b.messageId);
  if (messages.length === 0) {
    const empty = document.createElement("p");
    empty.className = "empty muted";
    empty.innerHTML = state.chatId > 0 ? "Say hello: send <code>/start</code>." : "No posts in the staff chat yet.";
    transcript.append(empty);
  }
  for (const message of messages) transcript.append(renderMessage(message));
  if (atBottom || messages.length < 3) transcript.scrollTop = transcript.scrollHeight;
  renderKeyboard(messages);
}

function renderMessage(m) {
  const mine = !m.fromBot && m.fromId === state.user.id;
  const box = document.createElement("article");
  box.className = "msg" + (mine ? " mine" : m.fromBot ? "" : " other") + (m.deleted ? " deleted" : "");

  if (!mine) {
    const from = document.createElement("div");
    from.className = "from";
    from.textContent = m.fromBot ? state.config.bot.name : nameOf(m.fromId);
    box.append(from);
  }

  if (m.replyToMessageId) {
    const replied = state.messages.get(m.replyToMessageId);
    const quote = document.createElement("div");
    quote.className = "quote";
    quote.textContent = replied ? (replied.text ?? `[${replied.kind}]`) : `message #${m.replyToMessageId}`;
    box.append(quote);
  }

  if (m.kind === "photo" && m.fileUrl) {
    const link = document.createElement("a");
    link.href = m.fileUrl;
    link.target = "_blank";
    const img = document.createElement("img");
    img.src = m.fileUrl;
    img.alt = "photo";
    img.loading = "lazy";
    link.append(img);
    box.append(link);
  } else if (m.kind === "document" && m.fileUrl) {
    const file = document.createElement("a");
    file.className = "file";
    file.href = m.fileUrl;
    file.download = m.fileName ?? "file";
    file.textContent = "📄 " + (m.fileName ?? "file");
    box.append(file);
  }

  const body = document.createElement("div");
  body.className = "body";
  if (m.kind === "location") {
    const link = document.createElement("a");
    link.href = `https://www.openstreetmap.org/?mlat=${m.latitude}&mlon=${m.longitude}#map=15/${m.latitude}/${m.longitude}`;
    link.target = "_blank";
    link.textContent = `📍 ${m.latitude}, ${m.longitude}`;
    body.append(link);
  } else if (m.kind === "contact") {
    body.textContent = `👤 ${m.phoneNumber}`;
  } else if (m.kind === "sticker") {
    body.textContent = "👍 (sticker)";
  } else if (m.html) {
    body.append(telegramHtml(m.html));
  } else if (m.text) {
    body.textContent = m.text;
  }
  if (body.childNodes.length > 0) box.append(body);

  if (m.inlineButtons.length > 0 && !m.deleted) box.append(renderButtons(m));

  const meta = document.createElement("div");
  meta.className = "meta";
  const time = new Date(m.date).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  meta.textContent = `${m.edited > 0 ? "edited " : ""}${m.deleted ? "deleted " : ""}${time}`;
  if (state.chatId < 0 && m.fromBot && !m.deleted) {
    const reply = document.createElement("button");
    reply.type = "button";
    reply.textContent = "↩ Reply";
    reply.addEventListener("click", () => startReply(m));
    meta.append(reply);
  }
  box.append(meta);
  return box;
}

function renderButtons(m) {
  const buttons = document.createElement("div");
  buttons.className = "buttons";
  for (const row of m.inlineButtons) {
    const line = document.createElement("div");
    line.className = "row";
    for (const button of row) {
      if (button.url) {
        const link = document.createElement("a");
        link.href = button.url;
        link.target = "_blank";
        link.rel = "noopener";
        link.textContent = button.text + " ↗";
        line.append(link);
      } else {
        const press = document.createElement("button");
        press.type = "button";
        press.textContent = button.text;
        press.addEventListener("click", () => pressButton(m, button));
        line.append(press);
      }
    }
    buttons.append(line);
  }
  return buttons;
}

// The reply keyboard stays as the last bot message that set or removed one left it (as in Telegram).
function renderKeyboard(messages) {
  const keyboard = $("keyboard");
  keyboard.replaceChildren();
  const last = [...messages].reverse().find((m) => m.fromBot && (m.replyKeyboard || m.removeKeyboard));
  const rows = last?.replyKeyboard;
  keyboard.hidden = !rows;
  if (!rows) return;
  for (const row of rows) {
    const line = document.createElement("div");
    line.className = "row";
    for (const key of row) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = key.text;
      button.addEventListener("click", () => pressKey(key));
      line.append(button);
    }
    keyboard.append(line);
  }
}

// Telegram's HTML subset, rebuilt node by node so nothing else (scripts, handlers, styles) can get in.
function telegramHtml(html) {
  const source = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html").body;
  const fragment = document.createDocumentFragment();
  const simple = { b: "b", strong: "b", i: "i", em: "i", u: "u", ins: "u", s: "s", strike: "s", del: "s", code: "code", pre: "pre", blockquote: "blockquote" };
  const copy = (from, to) => {
    for (const node of from.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        to.append(node.textContent);
        continue;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const tag = node.tagName.toLowerCase();
      let element = null;
      if (simple[tag]) {
        element = document.createElement(simple[tag]);
      } else if (tag === "a") {
        const href = node.getAttribute("href") ?? "";
        if (/^(https?|tg):/i.test(href)) {
          element = document.createElement("a");
          element.href = href;
          element.target = "_blank";
          element.rel = "noopener";
        }
      } else if (tag === "tg-spoiler" || (tag === "span" && node.classList.contains("tg-spoiler"))) {
        element = document.createElement("span");
        element.className = "spoiler";
        element.addEventListener("click", () => element.classList.add("shown"));
      }
      if (element) {
        copy(node, element);
        to.append(element);
      } else {
        copy(node, to);
      }
    }
  };
  copy(source, fragment);
  return fragment;
}

function nameOf(id) {
  return state.users.find((u) => u.id === id)?.firstName ?? `User ${id}`;
}

// ---- acting -----------------------------------------------------------------------------------------

async function send(kind, body) {
  try {
    await postJson(`/local/chats/${state.chatId}/${kind}`, { fromId: state.user.id, ...body });
  } catch (error) {
    showError(error.message);
  }
}

async function sendText(text) {
  const replyToMessageId = state.replyTo ?? undefined;
  clearReply();
  await send("text", { text, replyToMessageId });
}

async function pressButton(message, button) {
  try {
    const pressed = await postJson(`/local/chats/${state.chatId}/press`, {
      fromId: state.user.id,
      messageId: message.messageId,
      callbackData: button.callbackData,
    });
    const answer = await api(`/local/callbacks/${pressed.callbackQueryId}?wait=15`);
    if (!answer.answered) {
      showToast("⚠ The bot did not answer this button (answerCallbackQuery).");
    } else if (answer.text && answer.showAlert) {
      alert(answer.text);
    } else if (answer.text) {
      showToast(answer.text);
    }
  } catch (error) {
    showError(error.message);
  }
}

async function pressKey(key) {
  if (key.requestContact) {
    const phone = prompt("Share your phone number", "+7 701 000 00 00");
    if (phone) await send("contact", { phoneNumber: phone.trim(), own: true });
  } else if (key.requestLocation) {
    await shareLocation();
  } else {
    await sendText(key.text);
  }
}

async function shareLocation() {
  const answer = prompt("Location: latitude, longitude (Atyrau by default)", ATYRAU);
  if (!answer) return;
  const [latitude, longitude] = answer.split(/[,\s]+/).filter(Boolean).map(Number);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) {
    showError("Write the location as two numbers, e.g. " + ATYRAU);
    return;
  }
  await send("location", { latitude, longitude });
}

async function upload(kind, file) {
  const form = new FormData();
  form.append(kind, file, file.name);
  form.append("fromId", String(state.user.id));
  const caption = $("text").value.trim();
  if (caption) form.append("caption", caption);
  if (state.replyTo) form.append("replyToMessageId", String(state.replyTo));
  try {
    await api(`/local/chats/${state.chatId}/${kind}`, { method: "POST", body: form });
    $("text").value = "";
    clearReply();
  } catch (error) {
    showError(error.message);
  }
}

function startReply(message) {
  state.replyTo = message.messageId;
  $("replying-text").textContent = (message.text ?? `[${message.kind}]`).slice(0, 60);
  $("replying").hidden = false;
  $("text").focus();
}

function clearReply() {
  state.replyTo = null;
  $("replying").hidden = true;
}

let toastTimer = 0;
function showToast(text) {
  const toast = $("toast");
  toast.textContent = text;
  toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { toast.hidden = true; }, 3500);
}

function showError(text) {
  showToast("Error: " + text);
}

// ---- wiring -----------------------------------------------------------------------------------------

$("composer").addEventListener("submit", async (event) => {
  event.preventDefault();
  const box = $("text");
  const text = box.value;
  if (text.trim() === "") return;
  box.value = "";
  box.style.height = "";
  await sendText(text);
});

$("text").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    $("composer").requestSubmit();
  }
});

$("text").addEventListener("input", (event) => {
  const box = event.target;
  box.style.height = "";
  box.style.height = Math.min(box.scrollHeight, 140) + "px";
});

$("attach-photo").addEventListener("click", () => $("photo-input").click());
$("attach-file").addEventListener("click", () => $("file-input").click());
$("send-location").addEventListener("click", shareLocation);
$("replying-cancel").addEventListener("click", clearReply);
$("photo-input").addEventListener("change", async (event) => {
  const file = event.target.files[0];
  event.target.value = "";
  if (file) await upload("photo", file);
});
$("file-input").addEventListener("change", async (event) => {
  const file = event.target.files[0];
  event.target.value = "";
  if (file) await upload("document", file);
});

start().catch((error) => {
  const message = document.createElement("p");
  message.className = "error";
  message.textContent = "The playground could not start: " + error.message;
  $("transcript").replaceChildren(message);
});
