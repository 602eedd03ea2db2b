// The "In" button of a printable page (no inline handler: the CSP forbids them).
document.getElementById('print-button')?.addEventListener('click', function () { window.print(); });
