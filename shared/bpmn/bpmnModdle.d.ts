/** The part of bpmn-moddle 10's API this project uses (the package ships no declaration for its entry). */
declare module 'bpmn-moddle' {
  /** A model element: typed properties by name, unknown-namespace attributes in `$attrs`. */
  export interface ModdleElement {
    readonly $type: string;
    readonly $attrs: Record<string, string>;
    $parent?: ModdleElement;
    [property: string]: unknown;
    get(name: string): unknown;
  }

  export interface ParseWarning {
    readonly message: string;
    readonly element?: ModdleElement;
    readonly property?: string;
    readonly value?: unknown;
    readonly error?: Error;
  }

  export interface ParseResult {
    readonly rootElement: ModdleElement;
    readonly warnings: readonly ParseWarning[];
    readonly references: readonly unknown[];
    readonly elementsById: Record<string, ModdleElement>;
  }

  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    create(type: string, properties?: Record<string, unknown>): ModdleElement;
    fromXML(xml: string, typeName?: string, options?: { lax?: boolean }): Promise<ParseResult>;
    toXML(element: ModdleElement, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
  }
}
