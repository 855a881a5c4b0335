// Entry point bundled into mathjax-tex2svg.js: MathJax's TeX input and SVG output with the
// lite DOM adaptor, so the bundle runs in a plain JavaScript engine (Jint) without a browser.
// It exposes one global function: tex2svg(tex, display) → SVG markup (or throws on a TeX error).
import { mathjax } from 'mathjax-full/js/mathjax.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import { SVG } from 'mathjax-full/js/output/svg.js';
import { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';
import { AllPackages } from 'mathjax-full/js/input/tex/AllPackages.js';

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
// noundefined/noerrors are left out so that an unknown macro or a syntax error throws (the
// handbook then prints the source with a warning instead of a red error box).
const packages = AllPackages.filter((p) => p !== 'noundefined' && p !== 'noerrors' && p !== 'bussproofs');
const document = mathjax.document('', {
  InputJax: new TeX({ packages, formatError: (jax, err) => { throw err; } }),
  OutputJax: new SVG({ fontCache: 'local' }),
});

globalThis.tex2svg = function (tex, display) {
  const node = document.convert(tex, { display: !!display });
  return adaptor.innerHTML(node);
};
