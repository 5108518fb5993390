import browser from 'webextension-polyfill';

const app = document.getElementById('app')!;
document.title = browser.i18n.getMessage('optionsTitle');
app.append(Object.assign(document.createElement('h1'), { textContent: browser.i18n.getMessage('optionsTitle') }));
