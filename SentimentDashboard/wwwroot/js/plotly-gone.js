// Plotly.Blazor loads plotly.js on the first chart and queues the charts' first drawings until it has loaded, then
// draws each by its element id without checking the element is still there. A live overview's chart can appear and
// go again in that moment (its data emptied), and the drawing then throws "No DOM element with id". Plotly is wrapped
// as it arrives (plotly.js assigns window.Plotly), so that drawing a chart that left the page does nothing.
(() => {
    let plotly;
    Object.defineProperty(window, "Plotly", {
        configurable: true,
        get: () => plotly,
        set: value => {
            for (const name of ["newPlot", "react"]) {
                const draw = value[name];
                value[name] = (target, ...rest) =>
                    typeof target === "string" && document.getElementById(target) === null ? Promise.resolve() : draw.call(value, target, ...rest);
            }

            plotly = value;
        },
    });
})();
