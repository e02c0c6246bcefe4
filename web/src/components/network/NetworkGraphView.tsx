import { useEffect, useRef } from 'react';
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import type { NetworkGraph } from '../../api/network';

/** The layouts cytoscape ships (no extra layout package): force-directed, or rings by hops from the centre. */
export type GraphLayout = 'cose' | 'breadthfirst';

interface Props {
  graph: NetworkGraph;
  layout: GraphLayout;
  selected: string | null;
  edgeLabel: (kind: string) => string;
  label: string;
  onSelect: (id: string, what: 'node' | 'edge') => void;
}

// Trade edges grow with their rows on a log scale, so a ring's thousand rows do not hide a supplier's ten.
function width(rows: number | null | undefined): number {
  return rows ? Math.min(12, 1 + 1.6 * Math.log2(1 + rows)) : 1.5;
}

function short(text: string): string {
  return text.length > 34 ? `${text.slice(0, 32)}…` : text;
}

function elements(graph: NetworkGraph, edgeLabel: (kind: string) => string): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, label: short(n.label), kind: n.kind },
    classes: [n.kind, (n.flagged_rows ?? 0) > 0 ? 'flagged' : '', n.id === graph.center ? 'center' : ''].filter(Boolean).join(' '),
  }));
  const edges: ElementDefinition[] = graph.edges.map((e) => ({
    group: 'edges',
    data: { id: `e${e.index}`, source: e.from, target: e.to, label: e.rows ? `${edgeLabel(e.kind)} (${e.rows})` : edgeLabel(e.kind), width: width(e.rows) },
    classes: [e.kind, (e.flagged_rows ?? 0) > 0 ? 'flagged' : ''].filter(Boolean).join(' '),
  }));
  return [...nodes, ...edges];
}

const font = "system-ui, 'Segoe UI', Roboto, Arial, 'Noto Sans SC', sans-serif";

const style: StylesheetJson = [
  { selector: 'node', style: { label: 'data(label)', 'font-family': font, 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#1b1f24', 'text-wrap': 'ellipsis', 'text-max-width': '160px', 'min-zoomed-font-size': 6 } },
  { selector: 'node.party', style: { shape: 'ellipse', width: 22, height: 22, 'background-color': '#1d4e89', 'border-width': 1, 'border-color': '#0d2a4d' } },
  { selector: 'node.party.flagged', style: { 'background-color': '#d9822b', 'border-color': '#a1151f', 'border-width': 3 } },
  { selector: 'node.designee', style: { shape: 'octagon', width: 30, height: 30, 'background-color': '#a1151f', 'border-width': 2, 'border-color': '#4d0a0f', 'font-weight': 'bold' } },
  { selector: 'node.contact', style: { shape: 'round-rectangle', width: 14, height: 14, 'background-color': '#8a96a3', 'font-size': 8, color: '#4a5561' } },
  { selector: 'node.center', style: { width: 34, height: 34, 'border-width': 4, 'border-color': '#111', 'font-weight': 'bold', 'font-size': 12, 'text-background-color': '#fff', 'text-background-opacity': 0.9, 'text-background-padding': '2px', 'z-index': 10 } },
  { selector: 'node:selected', style: { 'overlay-color': '#1d4e89', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  { selector: 'edge', style: { width: 'data(width)', 'curve-style': 'bezier', 'line-color': '#9aa7b4', 'target-arrow-color': '#9aa7b4', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, label: 'data(label)', 'font-family': font, 'font-size': 8, color: '#4a5561', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': '1px', 'min-zoomed-font-size': 7 } },
  { selector: 'edge.flagged', style: { 'line-color': '#d9822b', 'target-arrow-color': '#d9822b' } },
  { selector: 'edge.has_contact', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
  { selector: 'edge.matches_designee, edge.linked_to', style: { 'line-color': '#a1151f', 'target-arrow-color': '#a1151f', 'line-style': 'dotted', width: 3 } },
  { selector: 'edge:selected', style: { 'line-color': '#1d4e89', 'target-arrow-color': '#1d4e89' } },
];

/** The neighbourhood as an interactive cytoscape graph: drag, zoom, and tap a node or an edge to see its evidence. */
export default function NetworkGraphView({ graph, layout, selected, edgeLabel, label, onSelect }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const instance = cytoscape({ container: box.current, style, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4 });
    instance.on('tap', 'node', (e) => select.current(e.target.id(), 'node'));
    instance.on('tap', 'edge', (e) => select.current(e.target.id(), 'edge'));
    cy.current = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.elements().remove();
    instance.add(elements(graph, edgeLabel));
    const options =
      layout === 'breadthfirst'
        ? { name: 'breadthfirst', roots: graph.center ? [graph.center] : undefined, circle: true, spacingFactor: 1.1, animate: false }
        : { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 60000, idealEdgeLength: () => 110, gravity: 0.6, numIter: 2000 };
    instance.layout(options as cytoscape.LayoutOptions).run();
    instance.fit(undefined, 30);
    // A canvas does not fetch the bundled CJK font by itself: load the subsets the Chinese labels need, then redraw them.
    const chinese = graph.nodes.map((n) => n.label).filter((l) => /[\u3400-\u9fff]/.test(l)).join('');
    if (chinese) void document.fonts.load("10px 'Noto Sans SC'", chinese).then(() => cy.current?.style().update());
  }, [graph, layout, edgeLabel]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.elements().unselect();
    if (selected) instance.getElementById(selected).select();
  }, [selected, graph]);

  return <div ref={box} className="network-canvas" data-testid="network-graph" role="img" aria-label={label} />;
}
