// A meeting's page: preselect the visitor's own time zone in the "show times in" list, so one
// press of the button shows the coming meetings in their time. Without JavaScript the list simply
// starts at the meeting's own zone.
document.addEventListener("DOMContentLoaded", function () {
  var select = document.getElementById("tz");
  if (!select || new URLSearchParams(window.location.search).has("tz")) {
    return;
  }
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  for (var i = 0; i < select.options.length; i++) {
    if (select.options[i].value === zone) {
      select.selectedIndex = i;
      return;
    }
  }
});
