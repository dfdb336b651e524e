// The browser's side of ViewerPreferences: its time zone and colour scheme, and the cookies that let the server
// render the first page of a visit in the right zone and theme.
const year = 60 * 60 * 24 * 365;

function setCookie(name, value) {
    document.cookie = `${name}=${encodeURIComponent(value)}; path=/; max-age=${year}; SameSite=Lax`;
}

export function read() {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
    setCookie("sd-tz", timeZone);
    return {
        timeZone: timeZone,
        prefersDark: window.matchMedia("(prefers-color-scheme: dark)").matches,
    };
}

export function saveTheme(theme) {
    setCookie("sd-theme", theme);
}
