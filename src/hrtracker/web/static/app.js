// hrtracker: progressive enhancement. Pages work without this file; it adds drag-and-drop uploads
// with per-file progress and results.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function uploadOne(form, file, row) {
    return new Promise(function (resolve) {
      var data = new FormData();
      data.append("files", file, file.name);
      data.append("csrf_token", form.querySelector("[name=csrf_token]").value);
      data.append("doc_type", form.querySelector("[name=doc_type]").value);
      var xhr = new XMLHttpRequest();
      var bar = row.querySelector("progress");
      var cell = row.querySelector(".result");
      xhr.open("POST", form.action);
      xhr.setRequestHeader("Accept", "application/json");
      xhr.upload.onprogress = function (e) { if (e.lengthComputable) { bar.value = e.loaded / e.total * 0.9; } };
      xhr.onload = function () {
        bar.value = 1;
        var res;
        try { res = JSON.parse(xhr.responseText); } catch (err) { res = null; }
        var r = res && res.results && res.results[0];
        if (xhr.status >= 400 || !r) {
          row.className = "r-error";
          cell.textContent = "error: " + ((res && res.detail) || ("HTTP " + xhr.status));
        } else {
          row.className = "r-" + r.status;
          cell.textContent = "";
          if (r.status === "ok") {
            cell.append("ok: ");
            var a = document.createElement("a");
            a.href = "/documents/" + r.document_id;
            a.textContent = r.units + " units";
            cell.append(a, " (" + r.doc_type + ")");
          } else if (r.status === "exists") {
            cell.textContent = "already ingested";
          } else {
            cell.textContent = "error: " + r.message;
          }
        }
        resolve();
      };
      xhr.onerror = function () { row.className = "r-error"; cell.textContent = "error: network failure"; resolve(); };
      xhr.send(data);
    });
  }

  function uploadAll(form, files) {
    var tbody = document.getElementById("upload-rows");
    var rows = Array.prototype.map.call(files, function (f) {
      var tr = document.createElement("tr");
      var name = document.createElement("td");
      name.textContent = f.name;
      var prog = document.createElement("td");
      var bar = document.createElement("progress");
      bar.max = 1; bar.value = 0;
      bar.setAttribute("aria-label", "upload of " + f.name);
      prog.append(bar);
      var res = document.createElement("td");
      res.className = "result";
      res.textContent = "waiting…";
      tr.append(name, prog, res);
      tbody.append(tr);
      return tr;
    });
    // one file at a time: the database has a single writer
    var chain = Promise.resolve();
    Array.prototype.forEach.call(files, function (f, i) {
      chain = chain.then(function () { rows[i].querySelector(".result").textContent = "uploading…"; return uploadOne(form, f, rows[i]); });
    });
    return chain;
  }

  function initUpload() {
    var form = document.getElementById("upload-form");
    if (!form) { return; }
    var zone = document.getElementById("dropzone");
    var input = document.getElementById("files");
    form.addEventListener("submit", function (e) {
      if (!input.files.length) { return; }
      e.preventDefault();
      uploadAll(form, input.files).then(function () { input.value = ""; });
    });
    ["dragenter", "dragover"].forEach(function (t) {
      zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (t) {
      zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (e) {
      if (e.dataTransfer && e.dataTransfer.files.length) { uploadAll(form, e.dataTransfer.files); }
    });
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", initUpload); } else { initUpload(); }
})();
