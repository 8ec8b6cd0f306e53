// The preview frame's side: takes the element's markup from the builder by postMessage and
// updates the page in place (no reload, so no flicker), then reports its height.
// Runs in a sandboxed frame with no access to the builder; as a second guard it drops event
// handler attributes, scripts other than JSON and embedding tags before inserting anything.
(function () {
  'use strict';
  var stage = document.getElementById('stage');
  var lastInner = null;
  var lastTag = null;

  function clean(root) {
    root.querySelectorAll('*').forEach(function (element) {
      var name = element.localName;
      if (
        (name === 'script' && element.type !== 'application/json') ||
        name === 'iframe' ||
        name === 'object' ||
        name === 'embed' ||
        name === 'style' ||
        name === 'link'
      ) {
        element.remove();
        return;
      }
      Array.prototype.slice.call(element.attributes).forEach(function (attribute) {
        if (/^on/i.test(attribute.name)) element.removeAttribute(attribute.name);
      });
    });
  }

  function syncAttributes(target, source) {
    Array.prototype.slice.call(target.attributes).forEach(function (attribute) {
      if (!source.hasAttribute(attribute.name)) target.removeAttribute(attribute.name);
    });
    Array.prototype.slice.call(source.attributes).forEach(function (attribute) {
      if (target.getAttribute(attribute.name) !== attribute.value) target.setAttribute(attribute.name, attribute.value);
    });
  }

  function apply(data) {
    document.documentElement.lang = typeof data.lang === 'string' ? data.lang : 'en';
    document.documentElement.setAttribute('data-page', data.page === 'dark' ? 'dark' : 'light');
    var template = document.createElement('template');
    template.innerHTML = typeof data.markup === 'string' ? data.markup : '';
    clean(template.content);
    var next = template.content.firstElementChild;
    var current = stage.firstElementChild;
    // Same element and same content: change only the attributes, so open answers, typed values
    // and the divider position stay where the clinic left them.
    if (current && next && current.localName === lastTag && next.localName === lastTag && next.innerHTML === lastInner) {
      syncAttributes(current, next);
    } else {
      stage.replaceChildren(template.content);
    }
    lastTag = next ? next.localName : null;
    lastInner = next ? next.innerHTML : null;
    report();
  }

  var lastHeight = 0;
  function report() {
    var height = Math.ceil(document.documentElement.scrollHeight);
    if (height === lastHeight) return;
    lastHeight = height;
    parent.postMessage({ type: 'blush-preview-height', height: height }, '*');
  }

  // Only the builder beside this file may draw here: a page elsewhere that frames this file (on a
  // clinic's WordPress site it shares the admin's origin) is ignored. The frame's own origin is
  // opaque (sandboxed), so the builder's is read from this file's address.
  var builderOrigin = new URL(location.href).origin;
  addEventListener('message', function (event) {
    if (event.source !== parent || event.origin !== builderOrigin || !event.data || event.data.type !== 'blush-preview') return;
    apply(event.data);
  });
  new ResizeObserver(report).observe(stage);
  parent.postMessage({ type: 'blush-preview-ready' }, '*');
})();
