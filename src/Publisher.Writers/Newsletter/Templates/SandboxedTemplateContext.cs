using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Publisher.Writers.Newsletter.Templates;

/// <summary>
/// A Scriban context with only side-effect-free builtins (<c>string</c>, <c>array</c>, <c>math</c>,
/// <c>html</c>, and <c>include</c> through <see cref="SandboxedTemplateLoader"/>), loop, recursion and
/// output limits, and a deadline checked at every loop step and function call.
/// </summary>
/// <remarks>
/// <c>date</c> is left out because <c>date.now</c> would make issues irreproducible, <c>regex</c> because
/// a pattern can backtrack for a long time, and <c>object</c> because <c>object.eval</c> parses new code.
/// </remarks>
public sealed class SandboxedTemplateContext : TemplateContext
{
    private readonly CancellationToken _deadline;

    /// <summary>Creates the context.</summary>
    public SandboxedTemplateContext(SandboxedTemplateLoader loader, TemplateLimits limits, CancellationToken deadline)
        : base(CreateBuiltins())
    {
        _deadline = deadline;
        TemplateLoader = loader;
        LoopLimit = limits.LoopLimit;
        LoopLimitQueryable = limits.LoopLimit;
        RecursiveLimit = limits.RecursiveLimit;
        OutputLimit = limits.OutputLimit;
        LimitToString = limits.OutputLimit;
        // Truncating silently would publish half an issue; failing names the template line instead.
        OnOutputLimit = ScriptLimitBehavior.Throw;
        OnStringLimit = ScriptLimitBehavior.Throw;
        ObjectRecursionLimit = 20;
        CancellationToken = deadline;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        NewLine = "\n";
    }

    private static ScriptObject CreateBuiltins()
    {
        var builtins = new ScriptObject();
        builtins.SetValue("string", new StringFunctions(), true);
        builtins.SetValue("array", new ArrayFunctions(), true);
        builtins.SetValue("math", new MathFunctions(), true);
        builtins.SetValue("html", new HtmlFunctions(), true);
        builtins.SetValue("include", new IncludeFunction(), true);
        return builtins;
    }

    /// <inheritdoc />
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        // Every statement and expression passes here, so recursion that never loops is caught too.
        if (_deadline.IsCancellationRequested && scriptNode is not null) ThrowIfPastDeadline(scriptNode);
        return base.Evaluate(scriptNode!, aliasReturnedFunction);
    }

    private void ThrowIfPastDeadline(ScriptNode node)
    {
        if (_deadline.IsCancellationRequested)
            throw new ScriptRuntimeException(node.Span, "template time limit exceeded (a loop or recursion that never ends?)");
    }
}
