import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativeLibraryReference } from '../../electron/derivedFromPath';

const MAP = `format: swimlane/1
id: D-as-is
title: "D: Detect Events (as-is)"
kind: as-is
derivedFrom:
  map: D
  path: model-library/cert/D.yaml # the editor's name for it
  hash: sha256:abababababababababababababababababababababababababababababababab
activities:
  D1:
    name: Notice Events
`;

describe('relativeLibraryReference', () => {
  it('names the library map relative to where the map is saved, keeping every other byte', () => {
    // given a library at /opt/app/model-library and a map saved in the user's documents
    const library = join('/opt', 'app', 'model-library');
    // when the path is rewritten for two places
    const beside = relativeLibraryReference(MAP, library, join(library, 'examples', 'acme', 'D-as-is.yaml'));
    const away = relativeLibraryReference(MAP, library, join('/home', 'me', 'maps', 'D-as-is.yaml'));
    // then each names cert/D.yaml from its own folder, with the comment and the rest untouched
    expect(beside).toBe(MAP.replace('model-library/cert/D.yaml', '../../cert/D.yaml'));
    expect(away).toBe(MAP.replace('model-library/cert/D.yaml', '../../../opt/app/model-library/cert/D.yaml'));
  });

  it('leaves a map alone that names no library path, names one with "..", or does not parse', () => {
    // given a map with a CLI-style relative path, one escaping the library, and broken text
    const relative = MAP.replace('model-library/cert/D.yaml', '../cert/D.yaml');
    const escaping = MAP.replace('model-library/cert/D.yaml', 'model-library/../secrets.yaml');
    const broken = 'format: swimlane/1\nid: [\n';
    // when rewritten
    // then nothing changes
    for (const text of [relative, escaping, broken]) expect(relativeLibraryReference(text, '/opt/app/model-library', '/home/me/D.yaml')).toBe(text);
  });
});
