import { describe, expect, it } from 'vitest';
import { detectInputKind } from '../../../scripts/cli/detect-input-kind';

describe('detectInputKind', () => {
  it.each([
    ['<!DOCTYPE html><html><body>x</body></html>'],
    ['\n  <!doctype html>\n<title>x</title>'],
    ['<html lang="en"><p>x</p></html>'],
    ['<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"></html>'],
    ['<!-- saved from url=(0014)about:internet -->\n<html>'],
    ['<div class="page"><body class="x">article</body>'],
    ['<head><meta charset="utf-8"></head>'],
  ])('should call %j HTML', (text) => {
    expect(detectInputKind(text)).toBe('html');
  });

  it.each([
    ['date 2026-01-01 The mayor spoke.'],
    ['A story about <html> tags and the word body.'],
    ['x < y and y > z, said the professor.'],
    [''],
    [`${'plain text line\n'.repeat(400)}<body>`],
  ])('should call %j page text', (text) => {
    expect(detectInputKind(text)).toBe('text');
  });
});
