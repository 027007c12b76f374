// Toolbar popup entry: mounts the popup view.
import { render } from 'preact';
render(<p>Parallax</p>, document.getElementById('app')!);
