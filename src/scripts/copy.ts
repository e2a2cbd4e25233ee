/**
 * « Copier » buttons: `data-copy` names the element whose text goes to the clipboard. Hidden
 * without JavaScript (`data-copied` gives the confirmation, « Référence copiée. » by default) or without the Clipboard API (the text can still be selected by hand).
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
	const source = document.getElementById(button.dataset.copy ?? '');
	if (!source || !navigator.clipboard) continue;
	const status = button.parentElement?.querySelector<HTMLElement>('[role="status"]');
	button.hidden = false;
	button.addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(source.textContent?.trim() ?? '');
			if (status) status.textContent = button.dataset.copied ?? 'Référence copiée.';
		} catch {
			if (status) status.textContent = 'Copie refusée par le navigateur : sélectionnez le texte pour le copier.';
		}
	});
}
export {};
