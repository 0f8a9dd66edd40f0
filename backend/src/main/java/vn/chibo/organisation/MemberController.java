package vn.chibo.organisation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Members, their import and export over HTTP (docs/access.md, "Members"). */
@RestController
@Tag(name = "Members")
class MemberController {

    private static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MemberRegistry registry;
    private final MemberImport imports;
    private final MemberExport export;

    MemberController(MemberRegistry registry, MemberImport imports, MemberExport export) {
        this.registry = registry;
        this.imports = imports;
        this.export = export;
    }

    record Move(@NotNull UUID cellId, UUID groupId, LocalDate date) {
    }

    @GetMapping("/api/organisation/members")
    MemberResource.Page list(@RequestParam(required = false) UUID unitId, @RequestParam(required = false) String q,
            @RequestParam(required = false) MemberStatus status, @RequestParam(required = false) MemberFlag.Kind flag,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onDate,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return registry.list(unitId, q, status, flag, onDate, page, size);
    }

    @GetMapping("/api/organisation/members/{id}")
    @Operation(summary = "One member's record (audited as member-viewed)")
    MemberResource member(@PathVariable UUID id) {
        return registry.get(id);
    }

    @PostMapping("/api/organisation/members")
    @ResponseStatus(HttpStatus.CREATED)
    MemberResource create(@RequestBody MemberRegistry.NewMember body) {
        return registry.create(body);
    }

    @PatchMapping("/api/organisation/members/{id}")
    MemberResource change(@PathVariable UUID id, @RequestBody MemberRegistry.MemberChange body) {
        return registry.change(id, body);
    }

    @PostMapping("/api/organisation/members/{id}/flags")
    MemberResource addFlag(@PathVariable UUID id, @RequestBody MemberRegistry.NewFlag body) {
        return registry.addFlag(id, body);
    }

    @DeleteMapping("/api/organisation/members/{id}/flags/{flagId}")
    MemberResource endFlag(@PathVariable UUID id, @PathVariable UUID flagId) {
        return registry.endFlag(id, flagId);
    }

    @PostMapping("/api/organisation/members/{id}/move")
    MemberResource move(@PathVariable UUID id, @Valid @RequestBody Move body) {
        return registry.move(id, body.cellId(), body.groupId(), body.date());
    }

    @PostMapping(path = "/api/organisation/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Checks a member file (CSV UTF-8 or XLSX) and keeps it as a preview; stores no member")
    MemberImport.Preview preview(@RequestParam("file") MultipartFile file, @RequestParam UUID unitId) throws IOException {
        try (var in = file.getInputStream()) {
            return imports.preview(unitId, file.getOriginalFilename(), in);
        }
    }

    @PostMapping("/api/organisation/imports/{id}/commit")
    @Operation(summary = "Applies a clean preview, all or nothing")
    MemberImport.Committed commit(@PathVariable UUID id) {
        return imports.commit(id);
    }

    @GetMapping("/api/organisation/units/{id}/members/export")
    @Operation(summary = "Every member of the subtree as CSV (UTF-8 with BOM) or XLSX (audited)")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format)
            throws IOException {
        var kind = "xlsx".equalsIgnoreCase(format) ? MemberExport.Format.XLSX : MemberExport.Format.CSV;
        var file = export.rows(id, kind);
        var bytes = new ByteArrayOutputStream();
        if (kind == MemberExport.Format.XLSX) {
            MemberExport.writeXlsx(file.rows(), bytes);
        }
        else {
            MemberExport.writeCsv(file.rows(), bytes);
        }
        return ResponseEntity.ok()
                .contentType(kind == MemberExport.Format.XLSX ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(bytes.toByteArray());
    }
}
