namespace Publisher.Model;

/// <summary>The role of a link; serialised in camelCase.</summary>
public enum LinkKind
{
    /// <summary>The paper's landing page (arXiv abstract page, publisher page).</summary>
    Paper,
    /// <summary>A direct PDF.</summary>
    Pdf,
    /// <summary>Source code.</summary>
    Code,
    /// <summary>Model weights (Hugging Face, ModelScope).</summary>
    Weights,
    /// <summary>A data set download or card.</summary>
    Dataset,
    /// <summary>An article about the work (news, blog, WeChat post).</summary>
    Article,
    /// <summary>A project page or demo.</summary>
    Project,
    /// <summary>Any other web page.</summary>
    Web,
}
