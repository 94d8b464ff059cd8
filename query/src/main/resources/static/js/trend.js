// Draws every element with a data-trend attribute (an indicator's outcome per report and its target's figure, as
// FollowUpPages gives them) as an ECharts line chart: the outcome as a line, the target as a dashed line where the
// plan states a figure for that report.
(function () {
    'use strict';

    function swedish(value) {
        return value === null || value === undefined ? '–' : Number(value).toLocaleString('sv-SE', { maximumFractionDigits: 2 });
    }

    function figure(value) {
        return value === null || value === undefined ? null : Number(value);
    }

    function draw(element) {
        var points = JSON.parse(element.getAttribute('data-trend'));
        var unit = element.getAttribute('data-unit') || '';
        var chart = echarts.init(element);
        chart.setOption({
            // Drawn at once: the figures are read, not watched grow.
            animation: false,
            grid: { left: 70, right: 30, bottom: 60 },
            legend: { data: ['Utfall', 'Mål'] },
            tooltip: {
                trigger: 'axis',
                formatter: function (params) {
                    // The tooltip is HTML: a target's text is data, never markup.
                    var point = points[params[0].dataIndex];
                    return echarts.format.encodeHTML(point.label + ': utfall ' + swedish(point.total) + ' ' + unit
                        + ', mål ' + (point.targetText || '–'));
                }
            },
            xAxis: { type: 'category', data: points.map(function (p) { return p.label; }) },
            yAxis: { type: 'value', name: unit, scale: true, axisLabel: { formatter: swedish } },
            series: [
                { name: 'Utfall', type: 'line', data: points.map(function (p) { return figure(p.total); }),
                  itemStyle: { color: '#00457c' }, label: { show: true, formatter: function (p) { return swedish(p.value); } } },
                { name: 'Mål', type: 'line', data: points.map(function (p) { return figure(p.target); }),
                  lineStyle: { type: 'dashed' }, itemStyle: { color: '#a4161a' }, connectNulls: false }
            ]
        });
        window.addEventListener('resize', function () { chart.resize(); });
    }

    document.querySelectorAll('[data-trend]').forEach(draw);
}());
