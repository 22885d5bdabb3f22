import Foundation
import ZICore

/// Renders a ``ComplaintEvaluation`` as a Word document (`.docx`), A4 portrait, for units
/// that file the evaluation as a document.
public enum ComplaintEvaluationDOCX {
    /// The `.docx` file of `evaluation`; equal evaluations give equal bytes. Throws
    /// ``DOCXWriterError`` if the ZIP container cannot be written.
    public static func render(_ evaluation: ComplaintEvaluation, names: LabelNames) throws -> Data {
        try DOCXPackage.write(ComplaintEvaluationLayout(evaluation: evaluation, names: names).outline)
    }
}
