/** Shows the « Imprimer / PDF » buttons (hidden without JavaScript, where they could not work) and wires them. */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
	button.hidden = false;
	button.addEventListener('click', () => window.print());
}
export {};
