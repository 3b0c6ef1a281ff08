// Keyboard control of a sigma map that has the focus (Tab reaches it): the arrow keys move the view by a tenth of its
// size, + and − zoom in and out, 0 shows the whole map again.
export function keyboardCamera(renderer, element) {
  element.addEventListener("keydown", (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const camera = renderer.getCamera();
    const state = camera.getState();
    const step = 0.1 * state.ratio;
    let next = null;
    switch (e.key) {
      case "ArrowLeft": next = { x: state.x - step }; break;
      case "ArrowRight": next = { x: state.x + step }; break;
      case "ArrowUp": next = { y: state.y + step }; break;
      case "ArrowDown": next = { y: state.y - step }; break;
      case "+": case "=": next = { ratio: state.ratio / 1.5 }; break;
      case "-": case "_": next = { ratio: state.ratio * 1.5 }; break;
      case "0": next = { x: 0.5, y: 0.5, ratio: 1, angle: 0 }; break;
      default: return;
    }
    e.preventDefault();
    camera.setState(next);
  });
}
