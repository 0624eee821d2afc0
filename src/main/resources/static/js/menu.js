// The header menu on phones and tablets: folded behind the menu button (css/cutis.css).
// Loaded without defer in <head>: the class below is set before the body is drawn, so the menu
// is folded from the first paint and nothing jumps. Without JavaScript the class is never set:
// the button stays hidden and the menu is shown as a row that scrolls sideways.
(function () {
	'use strict';
	document.documentElement.classList.add('js-menu');

	function panelOf(button) {
		return document.getElementById(button.getAttribute('aria-controls'));
	}

	function setOpen(button, open) {
		button.setAttribute('aria-expanded', open ? 'true' : 'false');
		var panel = panelOf(button);
		if (panel) {
			panel.classList.toggle('open', open);
		}
	}

	function openButton() {
		return document.querySelector('.menu-button[aria-expanded="true"]');
	}

	// delegated: works for a header drawn after this script ran
	document.addEventListener('click', function (event) {
		var button = event.target.closest('.menu-button');
		if (button) {
			setOpen(button, button.getAttribute('aria-expanded') !== 'true');
			return;
		}
		// a click outside the open menu folds it, as a tap elsewhere does on a phone
		var open = openButton();
		if (open && !panelOf(open).contains(event.target)) {
			setOpen(open, false);
		}
	});

	// tabbing past the menu's last entry folds it: it does not cover the page the focus went to
	document.addEventListener('focusout', function (event) {
		var open = openButton();
		var header = open && open.closest('header');
		if (open && event.relatedTarget && header && !header.contains(event.relatedTarget)) {
			setOpen(open, false);
		}
	});

	// Escape folds the menu and gives the focus back to its button
	document.addEventListener('keydown', function (event) {
		var open = openButton();
		if (event.key === 'Escape' && open) {
			setOpen(open, false);
			open.focus();
		}
	});
})();
