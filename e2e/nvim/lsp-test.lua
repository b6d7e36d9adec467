-- Neovim (0.7+) headless as a second LSP client of the bundled server over stdio: diagnostics, a hover and a code
-- action. Reads its spec (JSON) from $E2E_NVIM_SPEC, prints one JSON result line, exits 0 when every check passed.
-- Everything runs inside pcall: a Lua error outside it would leave headless nvim waiting for ever.

local started = vim.loop.hrtime()
local result = { ok = false, checks = {} }

local function elapsed_ms()
  return math.floor((vim.loop.hrtime() - started) / 1e6)
end

local function check(name, detail)
  table.insert(result.checks, { name = name, detail = detail, ms = elapsed_ms() })
end

local function describe(diagnostics)
  local parts = {}
  for _, d in ipairs(diagnostics or {}) do
    table.insert(parts, string.format("line %d %s", d.range.start.line + 1, tostring(d.code)))
  end
  return #parts > 0 and table.concat(parts, ", ") or "(none)"
end

local function has_diagnostic(diagnostics, line, code)
  for _, d in ipairs(diagnostics or {}) do
    if d.range.start.line == line - 1 and tostring(d.code) == code then return d end
  end
  return nil
end

local function hover_text(contents)
  if type(contents) == "string" then return contents end
  if contents.value then return contents.value end
  local parts = {}
  for _, part in ipairs(contents) do
    table.insert(parts, type(part) == "string" and part or part.value)
  end
  return table.concat(parts, "\n")
end

local function run()
  local spec = vim.fn.json_decode(os.getenv("E2E_NVIM_SPEC"))
  local v = vim.version()
  result.nvim = string.format("%d.%d.%d", v.major, v.minor, v.patch)

  local published = {}
  local client_id = vim.lsp.start_client({
    name = "vicidial-carriers",
    cmd = spec.server,
    root_dir = spec.workspace,
    workspace_folders = { { uri = vim.uri_from_fname(spec.workspace), name = "e2e" } },
    handlers = {
      ["textDocument/publishDiagnostics"] = function(err, params, ctx, config)
        published[params.uri] = params.diagnostics
        return vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
      end,
    },
  })
  if not client_id then error("could not start the language server: " .. table.concat(spec.server, " "), 0) end

  local buffers = {}
  local function open(file)
    if not buffers[file] then
      vim.cmd("edit " .. vim.fn.fnameescape(spec.workspace .. "/" .. file))
      local buf = vim.api.nvim_get_current_buf()
      vim.bo[buf].filetype = spec.languages[file] -- -u NONE: no filetype detection; this becomes the languageId
      vim.lsp.buf_attach_client(buf, client_id)
      buffers[file] = buf
    end
    vim.api.nvim_set_current_buf(buffers[file])
    return buffers[file], vim.uri_from_bufnr(buffers[file])
  end

  for _, want in ipairs(spec.diagnostics) do
    local _, uri = open(want.file)
    local found = vim.wait(spec.timeoutMs, function() return has_diagnostic(published[uri], want.line, want.code) ~= nil end, 20)
    if not found then
      error(string.format("%s: expected %s on line %d, the server published: %s", want.file, want.code, want.line, describe(published[uri])), 0)
    end
    check("diagnostic", string.format("%s:%d %s", want.file, want.line, want.code))
  end
  check("vim.diagnostic", string.format("%d diagnostics in Neovim's own list", #vim.diagnostic.get()))

  local hover = spec.hover
  local hbuf, huri = open(hover.file)
  local answers = vim.lsp.buf_request_sync(hbuf, "textDocument/hover", {
    textDocument = { uri = huri },
    position = { line = hover.line - 1, character = hover.column - 1 },
  }, spec.timeoutMs)
  local answer = answers and answers[client_id]
  local text = answer and answer.result and hover_text(answer.result.contents) or ""
  if not text:find(hover.contains, 1, true) then
    error(string.format("hover at %s:%d:%d lacks '%s'; got: %s", hover.file, hover.line, hover.column, hover.contains, text ~= "" and text or "(no hover)"), 0)
  end
  check("hover", string.format("%s:%d:%d contains '%s'", hover.file, hover.line, hover.column, hover.contains))

  local fix = spec.fix
  local fbuf, furi = open(fix.file)
  local diagnostic = has_diagnostic(published[furi], fix.line, fix.code)
  if not diagnostic then error(string.format("%s: no %s on line %d to fix", fix.file, fix.code, fix.line), 0) end
  local replies = vim.lsp.buf_request_sync(fbuf, "textDocument/codeAction", {
    textDocument = { uri = furi },
    range = diagnostic.range,
    context = { diagnostics = { diagnostic }, only = { "quickfix" } },
  }, spec.timeoutMs)
  local actions = (replies and replies[client_id] and replies[client_id].result) or {}
  local chosen, titles = nil, {}
  for _, action in ipairs(actions) do
    table.insert(titles, action.title)
    if action.title == fix.title then chosen = action end
  end
  if not chosen then error(string.format("no code action '%s'; offered: %s", fix.title, table.concat(titles, ", ")), 0) end
  if not chosen.edit then error(string.format("code action '%s' has no edit", fix.title), 0) end
  vim.lsp.util.apply_workspace_edit(chosen.edit, "utf-16")
  local line_after = vim.api.nvim_buf_get_lines(fbuf, fix.line - 1, fix.line, false)[1]
  if line_after ~= fix.lineAfter then error(string.format("after '%s' line %d reads '%s', expected '%s'", fix.title, fix.line, line_after, fix.lineAfter), 0) end
  local cleared = vim.wait(spec.timeoutMs, function() return has_diagnostic(published[furi], fix.line, fix.code) == nil end, 20)
  if not cleared then error(string.format("%s still published after '%s': %s", fix.code, fix.title, describe(published[furi])), 0) end
  check("code action", string.format("'%s' applied, %s gone", fix.title, fix.code))

  vim.lsp.stop_client(client_id)
  result.ok = true
end

local ok, err = pcall(run)
if not ok then result.error = tostring(err) end
result.elapsed_ms = elapsed_ms()
pcall(function() io.stdout:write(vim.fn.json_encode(result) .. "\n") end)
if result.ok then vim.cmd("qall!") else vim.cmd("cquit! 1") end
