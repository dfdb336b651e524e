// Drives the reconnection dialog of Components/Layout/ReconnectModal.razor: blazor.web.js reports the circuit's
// state on the dialog element; the buttons retry or resume the session.
const dialog = document.getElementById("components-reconnect-modal");

async function retry() {
    document.removeEventListener("visibilitychange", retryWhenVisible);
    try {
        if (await Blazor.reconnect()) {
            return;
        }
        if (await Blazor.resumeCircuit()) {
            dialog.close();
        } else {
            location.reload();
        }
    } catch {
        document.addEventListener("visibilitychange", retryWhenVisible);
    }
}

async function resume() {
    try {
        if (!await Blazor.resumeCircuit()) {
            location.reload();
        }
    } catch {
        location.reload();
    }
}

async function retryWhenVisible() {
    if (document.visibilityState === "visible") {
        await retry();
    }
}

if (dialog) {
    dialog.addEventListener("components-reconnect-state-changed", event => {
        switch (event.detail.state) {
            case "show":
                dialog.showModal();
                break;
            case "hide":
                dialog.close();
                break;
            case "failed":
                document.addEventListener("visibilitychange", retryWhenVisible);
                break;
            case "rejected":
                location.reload();
                break;
        }
    });
    document.getElementById("components-reconnect-button")?.addEventListener("click", retry);
    document.getElementById("components-resume-button")?.addEventListener("click", resume);
}
