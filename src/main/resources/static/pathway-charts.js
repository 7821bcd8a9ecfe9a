// Draws every <canvas data-chart="..."> as a bar chart of required against demonstrated levels; the chart takes
// its box's width and a height per competency, so it stays readable on a phone.
document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
  var data = JSON.parse(canvas.getAttribute('data-chart'));
  canvas.parentElement.style.height = (4 + data.labels.length * 2.4) + 'rem';
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: [
        { label: 'Required', data: data.required, backgroundColor: '#1d4f91' },
        { label: 'Demonstrated', data: data.demonstrated, backgroundColor: '#00703c' }
      ]
    },
    options: { indexAxis: 'y', responsive: true, maintainAspectRatio: false, scales: { x: { beginAtZero: true, title: { display: true, text: data.unit } } } }
  });
});
