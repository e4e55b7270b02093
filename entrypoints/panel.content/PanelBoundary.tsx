import { Component, type ComponentChildren } from 'preact';
import { PanelError } from './PanelError';

interface PanelBoundaryProps {
  children: ComponentChildren;
  onClose: () => void;
}

/** Catches a render error anywhere in the panel: one prefixed console line, an error state, the page untouched. */
export class PanelBoundary extends Component<PanelBoundaryProps, { error?: string }> {
  override state: { error?: string } = {};

  override componentDidCatch(error: unknown): void {
    console.error('[Sidelight] the panel failed to render:', error);
    this.setState({ error: error instanceof Error ? error.message : String(error) });
  }

  override render() {
    const { error } = this.state;
    return error === undefined ? this.props.children : <PanelError message={error} onClose={this.props.onClose} />;
  }
}
