// Evidence forms: the behaviour list shows only the behaviours of the chosen competency (each group of options is one
// competency's; without script every group is shown under its competency's name).
document.querySelectorAll('select[name=competencyId]').forEach(competency => {
  const behaviours = competency.form.querySelector('select[name=indicatorId]');
  if (!behaviours) {
    return;
  }
  const show = () => {
    let first = null;
    behaviours.querySelectorAll('optgroup').forEach(group => {
      const chosen = group.dataset.competency === competency.value;
      group.hidden = !chosen;
      group.disabled = !chosen;
      if (chosen) {
        first = group.querySelector('option');
      }
    });
    const selected = behaviours.selectedOptions[0];
    if (first && (!selected || selected.parentElement.disabled)) {
      first.selected = true;
    }
  };
  competency.addEventListener('change', show);
  show();
});
