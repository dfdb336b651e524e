// <passkey-submit>: when its form is submitted by the passkey button, asks the browser's authenticator for a passkey
// (created for the signed-in account, or requested to sign in) and posts it as NAME.CredentialJson, or the reason
// there is none as NAME.Error, in place of the form's other fields.
const supported = typeof window.PublicKeyCredential?.parseCreationOptionsFromJSON === 'function'
    && typeof window.PublicKeyCredential?.parseRequestOptionsFromJSON === 'function';

async function options(url, headers, signal) {
    const response = await fetch(url, { method: 'POST', credentials: 'same-origin', headers, signal });
    if (!response.ok) {
        throw new Error(`The server refused the passkey request (${response.status}).`);
    }
    return await response.json();
}

async function credential(element, signal) {
    if (!supported) {
        throw new Error('This browser does not support passkeys.');
    }
    const headers = { [element.getAttribute('request-token-name')]: element.getAttribute('request-token-value') };
    if (element.getAttribute('operation') === 'Create') {
        const json = await options('account/passkey-creation-options', headers, signal);
        return await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(json), signal });
    }
    const email = new FormData(element.form).get(element.getAttribute('email-name')) ?? '';
    const json = await options(`account/passkey-request-options?email=${encodeURIComponent(email)}`, headers, signal);
    return await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(json), signal });
}

customElements.define('passkey-submit', class extends HTMLElement {
    static formAssociated = true;

    connectedCallback() {
        this.internals = this.attachInternals();
        this.form?.addEventListener('submit', event => {
            if (event.submitter?.name === '__passkeySubmit') {
                event.preventDefault();
                this.submitCredential();
            }
        });
    }

    get form() {
        return this.internals.form;
    }

    disconnectedCallback() {
        this.abort?.abort();
    }

    async submitCredential() {
        this.abort?.abort();
        this.abort = new AbortController();
        const name = this.getAttribute('name');
        const data = new FormData();
        try {
            data.append(`${name}.CredentialJson`, JSON.stringify(await credential(this, this.abort.signal)));
        } catch (error) {
            if (error.name === 'AbortError') {
                return;
            }
            data.append(`${name}.Error`, error.name === 'NotAllowedError' ? 'No passkey was given.' : error.message);
        }
        this.internals.setFormValue(data);
        this.form.submit();
    }
});
