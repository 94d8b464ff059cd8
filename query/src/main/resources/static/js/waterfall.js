// Draws every element with a data-waterfall attribute (the steps of a framework's build-up, as BuildUpView gives
// them) as an ECharts waterfall: an invisible bar up to each step's start, a visible one for the step itself.
(function () {
    'use strict';

    var colours = { OPENING: '#00457c', COMPONENT: '#1e6b30', CLOSING: '#00457c', NEGATIVE: '#a4161a' };

    function swedish(value) {
        return value.toLocaleString('sv-SE', { maximumFractionDigits: 1 });
    }

    function draw(element) {
        var steps = JSON.parse(element.getAttribute('data-waterfall'));
        var unit = element.getAttribute('data-unit');
        var low = steps.map(function (s) { return Math.min(Number(s.from), Number(s.to)); });
        var size = steps.map(function (s) { return Math.abs(Number(s.to) - Number(s.from)); });
        // The bars of the components are small beside the frames: start the axis just below the lowest step.
        var lowestStep = Math.min.apply(null, steps.filter(function (s) { return s.kind === 'COMPONENT'; })
            .map(function (s) { return Math.min(Number(s.from), Number(s.to)); }).concat([Infinity]));
        var chart = echarts.init(element);
        chart.setOption({
            grid: { left: 80, right: 20, bottom: 90 },
            tooltip: {
                trigger: 'axis', axisPointer: { type: 'shadow' },
                formatter: function (params) {
                    // The tooltip is HTML: a table's column names are data, never markup.
                    var step = steps[params[0].dataIndex];
                    return echarts.format.encodeHTML(step.label + ': ' + step.text + ' ' + unit);
                }
            },
            xAxis: { type: 'category', data: steps.map(function (s) { return s.label; }), axisLabel: { interval: 0, rotate: 25 } },
            yAxis: {
                type: 'value', name: unit, scale: true,
                min: isFinite(lowestStep) ? Math.floor(lowestStep * 0.98) : null,
                axisLabel: { formatter: swedish }
            },
            series: [
                { type: 'bar', stack: 'steg', silent: true, itemStyle: { color: 'transparent' }, data: low },
                {
                    type: 'bar', stack: 'steg',
                    label: { show: true, position: 'top', formatter: function (p) { return steps[p.dataIndex].text; } },
                    data: size.map(function (value, i) {
                        var step = steps[i];
                        var negative = step.kind === 'COMPONENT' && Number(step.to) < Number(step.from);
                        return { value: value, itemStyle: { color: negative ? colours.NEGATIVE : colours[step.kind] } };
                    })
                }
            ]
        });
        window.addEventListener('resize', function () { chart.resize(); });
    }

    document.querySelectorAll('[data-waterfall]').forEach(draw);
}());
