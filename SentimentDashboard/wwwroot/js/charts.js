// The browser's side of Components/Charts/ChartHost: the events drill-downs and zooms need, resizing, live patches
// and the purge. Plotly.Blazor draws (newPlot, react) by element id; this module keeps each plot's element itself, so
// it can purge it after Blazor has removed it from the page, and observes the element's size instead of Plotly's
// `responsive`, whose window listener would keep every plot of every visit alive.
const plots = new Map();
const waiting = new Map();

// Plotly.Blazor queues a newPlot until plotly.js has loaded: the first visit's plots appear a little after their
// PlotlyChart reported them drawn.
function plotted(id, gd) {
    if (gd._fullLayout) {
        return Promise.resolve(true);
    }
    return new Promise(resolve => {
        const observer = new MutationObserver(() => {
            if (gd._fullLayout) {
                done(true);
            }
        });
        const done = result => {
            observer.disconnect();
            waiting.delete(id);
            resolve(result);
        };
        observer.observe(gd, { childList: true });
        waiting.set(id, () => done(false));
    });
}

export async function attach(id, host, timeAxis, doubleClickDelay) {
    const gd = document.getElementById(id);
    if (!gd || plots.has(id) || !await plotted(id, gd)) {
        return false;
    }

    // On a time chart a double-click resets the zoom: its first click must not drill down, so a click waits until
    // no second one came.
    let pendingClick = 0;
    const cancelClick = () => {
        clearTimeout(pendingClick);
        pendingClick = 0;
    };
    gd.on("plotly_click", event => {
        const point = event.points[0];
        if (!point) {
            return;
        }
        const category = point.label ?? (point.data.orientation === "h" ? point.y : point.x);
        const send = () => host.invokeMethodAsync("Clicked", point.curveNumber, point.pointNumber, category == null ? null : String(category));
        cancelClick();
        if (timeAxis) {
            pendingClick = setTimeout(() => {
                pendingClick = 0;
                send();
            }, doubleClickDelay + 50);
        } else {
            send();
        }
    });
    gd.on("plotly_doubleclick", cancelClick);
    gd.on("plotly_relayout", event => {
        const start = event["xaxis.range[0]"] ?? event["xaxis.range"]?.[0];
        const end = event["xaxis.range[1]"] ?? event["xaxis.range"]?.[1];
        if (start !== undefined && end !== undefined) {
            host.invokeMethodAsync("Zoomed", String(start), String(end));
        } else if (event["xaxis.autorange"] === true) {
            cancelClick();
            host.invokeMethodAsync("ZoomReset");
        }
    });

    let frame = 0;
    const observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
            if (gd.isConnected && gd._fullLayout) {
                track(plots.get(id), window.Plotly.Plots.resize(gd));
            }
        });
    });
    observer.observe(gd);
    plots.set(id, { gd, observer, busy: Promise.resolve(), stop: () => { cancelClick(); cancelAnimationFrame(frame); } });
    gd.dataset.ready = "true";
    return true;
}

// Remembers a Plotly call still running on a plot: the purge waits for it, since a redraw that goes on after its plot
// was purged reads the purged layout and throws.
function track(plot, promise) {
    if (plot && promise) {
        plot.busy = Promise.allSettled([plot.busy, promise]);
    }
}

// A whole new figure (another theme, zone or view): Plotly.react keeps the element, its listeners and, while the
// layout's uirevision stays, the viewer's zoom.
export async function react(id, figure) {
    const plot = plots.get(id);
    if (plot) {
        const drawn = window.Plotly.react(plot.gd, figure.data, figure.layout, figure.config);
        track(plot, drawn);
        await drawn;
    }
}

// A ChartUpdate: the changed attributes of each trace and of the layout, in one Plotly.update.
export function update(id, change) {
    const plot = plots.get(id);
    if (!plot) {
        return;
    }
    // Plotly.update takes one value per updated trace for each attribute; undefined leaves a trace's value as it is.
    const data = {};
    change.traces.forEach((attributes, t) => {
        for (const [path, value] of Object.entries(attributes)) {
            (data[path] ??= change.traces.map(() => undefined))[t] = value;
        }
    });
    track(plot, window.Plotly.update(plot.gd, data, change.layout, change.traces.map((_, t) => t)));
}

// A ChartPatch: drop points at the start, replace values from `from` on, append points with extendTraces (which
// redraws and keeps the axes a user zoomed).
export function patch(id, change) {
    const plot = plots.get(id);
    if (!plot) {
        return;
    }
    const gd = plot.gd;
    gd.data.forEach((trace, t) => {
        if (change.drop > 0) {
            trace.x.splice(0, change.drop);
            trace.y.splice(0, change.drop);
        }
        change.set[t].forEach((value, i) => trace.y[change.from + i] = value);
    });
    gd.dataset.patches = String(Number(gd.dataset.patches ?? 0) + 1);
    if (change.x.length > 0) {
        const traces = gd.data.map((_, t) => t);
        track(plot, window.Plotly.extendTraces(gd, { x: traces.map(() => change.x), y: change.y }, traces));
    } else {
        track(plot, window.Plotly.redraw(gd));
    }
}

export function detach(id) {
    waiting.get(id)?.();
    const plot = plots.get(id);
    if (!plot) {
        return;
    }
    plots.delete(id);
    plot.stop();
    plot.observer.disconnect();
    plot.busy.then(() => window.Plotly.purge(plot.gd));
}
