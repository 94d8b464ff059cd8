// A running job's page reads itself again every second, until the job has ended.
if (document.querySelector('main[data-running="true"]')) {
    setTimeout(function () { window.location.reload(); }, 1000);
}
