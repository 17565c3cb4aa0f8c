-- severity: error
-- description: fct_feedback codes belong to the contract's enums (schemas/feedback.yaml); field is
-- an open enum (new labels are drift) and is not checked here.
with

feedback as (

    select * from fct_feedback

),

final as (

    select
        feedback_id,
        kind,
        channel,
        status,
        satisfaction

    from feedback
    where
        kind not in ('PHAN_ANH', 'KIEN_NGHI', 'KHIEU_NAI', 'TO_CAO', 'GOP_Y', 'KHEN_NGOI')
        or channel not in (
            'DUONG_DAY_NONG', 'CONG_DICH_VU_CONG', 'HOM_THU', 'TRUC_TIEP', 'UNG_DUNG', 'ZALO',
            'KHAO_SAT_TAI_QUAY'
        )
        or status not in ('DA_TIEP_NHAN', 'DANG_XU_LY', 'DA_XU_LY', 'KHONG_THU_LY')
        or satisfaction not in ('RAT_HAI_LONG', 'HAI_LONG', 'BINH_THUONG', 'KHONG_HAI_LONG')
        or kind is null
        or channel is null
        or status is null

)

select * from final
