import Fluent
import Vapor
import ZICore
import ZIDocuments

/// Importing a plan table in the browser: upload a CSV or XLSX file, review the dry run
/// (every row with its parsed schedule, every problem), then commit — which replaces the
/// plan's content with exactly the file that was previewed, all or nothing.
struct PlanImportWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.planImport, use: form)
        routes.on(.POST, .planImport, body: .collect(maxSize: "6mb"), use: preview)
        routes.post(.planImportCommit, use: commit)
    }

    struct ImportView: Encodable {
        let planID: UUID
        let year: Int
        let hasContent: Bool
        let uploadID: UUID?
        let fileName: String?
        let preview: PlanImportPreview?
        let blockingProblems: Int
        let form: FormState
    }

    func form(req: Request) async throws -> Response {
        let (plan, _) = try await PlanAccess.load(req, .managePlan)
        try WorkPlanService.requireDraft(plan)
        return try await render(plan, upload: nil, preview: nil, form: FormState(), req: req)
    }

    func preview(req: Request) async throws -> Response {
        let (plan, _) = try await PlanAccess.load(req, .managePlan)
        return try await WebPage.submit(
            req, values: [:],
            show: { form, status in
                try await render(
                    plan, upload: nil, preview: nil, form: form, req: req,
                    status: status)
            }
        ) {
            try WorkPlanService.requireDraft(plan)
            let table = try UploadedTable(req)
            let (name, data) = (table.name, table.data)
            let result = try await PlanFile.parse(data)
            let me = try req.currentUser().id
            let upload = try await req.write { db in
                // Only the latest preview of a plan is kept.
                try await WorkPlanUpload.query(on: db).filter(\.$plan.$id == plan.id!).delete()
                let upload = WorkPlanUpload()
                upload.$plan.id = plan.id!
                upload.fileName = name
                upload.content = data
                upload.uploadedBy = me
                try await upload.create(on: db)
                return upload
            }
            return try await render(
                plan, upload: upload, preview: PlanImportPreview(result, planYear: plan.year), form: FormState(),
                req: req)
        }
    }

    func commit(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req, .managePlan)
        let upload = try await PlanAccess.part(WorkPlanUpload.self, "uploadID", of: plan, req: req)
        return try await WebPage.submit(
            req, values: [:],
            show: { form, status in
                let preview = (try? await PlanFile.parse(upload.content)).map { PlanImportPreview($0, planYear: plan.year) }
                return try await render(plan, upload: upload, preview: preview, form: form, req: req, status: status)
            }
        ) {
            let result = try await PlanFile.parse(upload.content)
            try await req.writeAsUser { actor, db in
                try await WorkPlanService.replaceContent(
                    of: plan, with: PlanDraft(importing: result), source: upload.fileName,
                    unit: unit, by: actor, on: db)
                try await upload.delete(on: db)
            }
            return WebPage.redirect(req, to: SitePath.plan.path(plan.id!), notice: "imported")
        }
    }

    private func render(
        _ plan: WorkPlan, upload: WorkPlanUpload?, preview: PlanImportPreview?, form: FormState, req: Request,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let hasContent = try await WorkPlanAction.query(on: req.db).filter(\.$plan.$id == plan.id!).count() > 0
        let view = ImportView(
            planID: plan.id!, year: plan.year, hasContent: hasContent, uploadID: upload?.id,
            fileName: upload?.fileName, preview: preview,
            blockingProblems: preview?.problems.filter(\.skipsRow).count ?? 0, form: form)
        return try await WebPage.render("plans/import", title: req.t("plan.import"), view, req: req, status: status)
    }
}
