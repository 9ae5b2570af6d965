/*
 * The countdown of an attempt. The deadline comes from the server, which alone enforces it; the
 * countdown only shows it, and when it reaches zero submits the form so the person sees the
 * result at once instead of finding their next answer refused.
 */
(function () {
  'use strict';

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function start() {
    var timer = document.getElementById('timer');
    if (!timer) {
      return;
    }
    var deadline = Date.parse(timer.getAttribute('data-deadline'));
    var handle;
    function tick() {
      var left = Math.max(0, Math.floor((deadline - Date.now()) / 1000));
      var hours = Math.floor(left / 3600);
      var minutes = Math.floor((left % 3600) / 60);
      var seconds = left % 60;
      timer.textContent = (hours > 0 ? hours + ':' + pad(minutes) : pad(minutes)) + ':' + pad(seconds);
      if (left <= 60) {
        timer.classList.add('timer-low');
      }
      if (left === 0) {
        clearInterval(handle);
        timer.textContent = timer.getAttribute('data-time-up');
        var submit = document.getElementById('quiz:timeUp');
        if (submit) {
          submit.click();
        }
      }
    }
    handle = setInterval(tick, 1000);
    tick();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
