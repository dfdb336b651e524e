// Starts Blazor without enhanced navigation. Every page but the sign-in ones runs under the interactive router, which
// takes over link clicks once the circuit is up; a click in the moment before that, under enhanced navigation, raced
// the circuit's start and could leave the previous page on screen under the new address. A plain page load cannot.
Blazor.start({ ssr: { disableDomPreservation: true } });
